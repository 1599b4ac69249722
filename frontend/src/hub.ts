// The web app's one connection to the gateway's WebSocket hub (protocol: docs/websocket-protocol.md).
// It reconnects by itself and subscribes again. Each time a subscription is confirmed, its
// `onSubscribed` runs: that is where a page reads what it may have missed through the REST API,
// after the subscription is in place, so that nothing falls in between.

export interface HubEvent { type: 'event'; topic: string; id: string; seq?: number; event: string; data: any }

export interface Person { id: string; name: string }

export interface Subscriber {
  onEvent: (event: HubEvent) => void;
  /** Who is online in a channel, each time it changes. */
  onPresence?: (people: Person[]) => void;
  onSubscribed?: () => void;
  onStatus?: (live: boolean) => void;
}

class Hub {
  private socket: WebSocket | null = null;
  private subscribers = new Map<string, Set<Subscriber>>();
  private attempts = 0;

  subscribe(topic: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
      this.send({ type: 'subscribe', topic });
    }
    set.add(subscriber);
    this.connect();
    return () => {
      set!.delete(subscriber);
      if (set!.size === 0) {
        this.subscribers.delete(topic);
        this.send({ type: 'unsubscribe', topic });
      }
    };
  }

  private connect() {
    if (this.socket) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      for (const topic of this.subscribers.keys()) this.send({ type: 'subscribe', topic });
    };
    socket.onmessage = (message) => {
      const frame = JSON.parse(message.data);
      const subscribers = this.subscribers.get(frame.topic);
      if (!subscribers) return;
      if (frame.type === 'event') subscribers.forEach((s) => s.onEvent(frame));
      if (frame.type === 'presence') subscribers.forEach((s) => s.onPresence?.(frame.people));
      if (frame.type === 'subscribed') subscribers.forEach((s) => { s.onStatus?.(true); s.onSubscribed?.(); });
    };
    socket.onclose = () => {
      this.socket = null;
      this.subscribers.forEach((set) => set.forEach((s) => s.onStatus?.(false)));
      const delay = Math.min(10_000, 500 * 2 ** this.attempts++);
      setTimeout(() => this.connect(), delay);
    };
  }

  private send(frame: object) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }
}

export const hub = new Hub();
