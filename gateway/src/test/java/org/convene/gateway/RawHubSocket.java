package org.convene.gateway;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.convene.platform.testing.DemoUser;

/**
 * The hub's WebSocket spoken by hand over a TCP socket (RFC 6455), to send what no client library
 * sends: a text frame whose bytes are not UTF-8, or one frame far larger than a client library
 * would send in one piece.
 */
final class RawHubSocket implements AutoCloseable {

    static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    /** A frame from the hub. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** A close frame's status code; -1 for any other frame. */
        int closeCode() {
            return opcode == CLOSE && payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : -1;
        }
    }

    private RawHubSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens the hub as the user (bearer token), or anonymously when the user is null. */
    static RawHubSocket connect(DemoUser user) throws IOException {
        URI hub = URI.create(HubClient.HUB);
        RawHubSocket raw = new RawHubSocket(new Socket(hub.getHost(), hub.getPort()));
        raw.socket.setSoTimeout(10_000);
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String handshake = "GET " + hub.getPath() + " HTTP/1.1\r\nHost: " + hub.getHost() + ":" + hub.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\n"
                + (user == null ? "" : "Authorization: Bearer " + user.accessToken() + "\r\n") + "\r\n";
        raw.out.write(handshake.getBytes(StandardCharsets.US_ASCII));
        String status = raw.line();
        while (!raw.line().isEmpty()) {
            // the response's headers
        }
        if (!status.contains(" 101 ")) {
            throw new IOException("the hub refused the handshake: " + status);
        }
        return raw;
    }

    /** One final, masked frame, as a client must send it. */
    void send(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** The hub's next frame other than a ping (server frames are not masked). */
    Frame next() throws IOException {
        while (true) {
            int opcode = in.readUnsignedByte() & 0x0F;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            if (opcode != PING) {
                return new Frame(opcode, payload);
            }
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the hub closed during the handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            send(CLOSE, new byte[] {0x03, (byte) 0xE8}); // 1000, normal closure
        } catch (IOException closedAlready) {
            // nothing to say goodbye to
        } finally {
            socket.close();
        }
    }
}
