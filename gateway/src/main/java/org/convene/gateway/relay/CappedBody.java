package org.convene.gateway.relay;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;

/**
 * A service's answer read into memory up to a cap: past it the answer fails with
 * {@link TooLarge} and the rest is dropped, so that one huge or endless answer cannot fill the
 * gateway's heap.
 */
final class CappedBody implements BodyCodec<Buffer> {

    /** The answer was larger than the gateway relays. */
    static final class TooLarge extends RuntimeException {
        TooLarge(int cap) {
            super("the answer is larger than " + cap + " bytes");
        }
    }

    private final int cap;

    CappedBody(int cap) {
        this.cap = cap;
    }

    @Override
    public void create(Handler<AsyncResult<BodyStream<Buffer>>> handler) {
        handler.handle(Future.succeededFuture(new Stream()));
    }

    private final class Stream implements BodyStream<Buffer> {

        private final Buffer body = Buffer.buffer();
        private final Promise<Buffer> result = Promise.promise();

        @Override
        public Future<Buffer> result() {
            return result.future();
        }

        @Override
        public void handle(Throwable failure) {
            result.tryFail(failure);
        }

        @Override
        public Future<Void> write(Buffer data) {
            if (body.length() + data.length() > cap) {
                result.tryFail(new TooLarge(cap));
            } else if (!result.future().isComplete()) {
                body.appendBuffer(data);
            }
            return Future.succeededFuture();
        }

        @Override
        public void write(Buffer data, Handler<AsyncResult<Void>> done) {
            write(data).onComplete(done);
        }

        @Override
        public void end(Handler<AsyncResult<Void>> done) {
            result.tryComplete(body);
            if (done != null) {
                done.handle(Future.succeededFuture());
            }
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> ignored) {
            return this;
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int size) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> ignored) {
            return this;
        }
    }
}
