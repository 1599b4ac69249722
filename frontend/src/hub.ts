// The web app's one connection to the gateway's WebSocket hub (protocol: docs/websocket-protocol.md).
// It reconnects by itself and subscribes again; listeners of `onReconnect` catch up on what they
// missed through the REST API, so nothing is lost while the connection was down.

export interface HubEvent { type: 'event'; topic: string; id: string; seq?: number; event: string; data: any }

type Listener = (event: HubEvent) => void;

class Hub {
  private socket: WebSocket | null = null;
  private listeners = new Map<string, Set<Listener>>();
  private reconnectListeners = new Set<() => void>();
  private statusListeners = new Set<(live: boolean) => void>();
  private attempts = 0;
  private everOpened = false;

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      this.send({ type: 'subscribe', topic });
    }
    set.add(listener);
    this.connect();
    return () => {
      set!.delete(listener);
      if (set!.size === 0) {
        this.listeners.delete(topic);
        this.send({ type: 'unsubscribe', topic });
      }
    };
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  onStatus(listener: (live: boolean) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.socket?.readyState === WebSocket.OPEN);
    return () => this.statusListeners.delete(listener);
  }

  private connect() {
    if (this.socket) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      for (const topic of this.listeners.keys()) this.send({ type: 'subscribe', topic });
      this.statusListeners.forEach((l) => l(true));
      if (this.everOpened) this.reconnectListeners.forEach((l) => l());
      this.everOpened = true;
    };
    socket.onmessage = (message) => {
      const frame = JSON.parse(message.data);
      if (frame.type === 'event') this.listeners.get(frame.topic)?.forEach((l) => l(frame));
    };
    socket.onclose = () => {
      this.socket = null;
      this.statusListeners.forEach((l) => l(false));
      const delay = Math.min(10_000, 500 * 2 ** this.attempts++);
      setTimeout(() => this.connect(), delay);
    };
  }

  private send(frame: object) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }
}

export const hub = new Hub();
