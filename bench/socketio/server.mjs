// The Socket.IO baseline of bench/fanout: clients connect over WebSocket only, and every body
// POSTed to /post is emitted to all of them as a "message" event, from memory, as a plain
// Socket.IO chat server would. Usage: node server.mjs PORT
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.argv[2] ?? 9310);
const http = createServer((request, response) => {
  if (request.method !== "POST" || request.url !== "/post") {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    io.emit("message", JSON.parse(Buffer.concat(chunks).toString("utf8")));
    response.writeHead(204).end();
  });
});
const io = new Server(http, { transports: ["websocket"], serveClient: false });
http.listen(port, "127.0.0.1", () => console.log(`socket.io broadcasting on 127.0.0.1:${port}`));
