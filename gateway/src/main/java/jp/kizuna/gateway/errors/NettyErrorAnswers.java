package jp.kizuna.gateway.errors;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AttributeKey;
import jp.kizuna.platform.contracts.TraceContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents for the answers given below Spring, on the Netty channel: Reactor Netty's own
 * for a request it cannot decode (414 for a request line over {@code server.netty.max-initial-line-length},
 * 431 for headers over {@code server.max-http-request-header-size}, 400 for anything else that is not
 * HTTP) and Spring's 400 for a request whose path or query is not a valid URI (a stray {@code %} or
 * space). Both are written with an empty body and never pass the gateway's filters.
 *
 * <p>It sits between the HTTP codec and Reactor Netty's handlers and replaces an error answer with an
 * empty body that carries no {@code X-Request-Id} — every answer that went through the filters
 * carries one ({@code RequestCorrelationFilter}), so only these are touched. The connection is closed
 * after them: the request was not understood, so neither is where the next one starts.
 */
@ChannelHandler.Sharable
final class NettyErrorAnswers extends ChannelDuplexHandler {

    /** Whether the request being answered on the channel is a HEAD (whose answer has no body). */
    private static final AttributeKey<Boolean> HEAD = AttributeKey.valueOf(NettyErrorAnswers.class, "head");

    private final JsonMapper json;
    private final DataSize maxInitialLine;
    private final DataSize maxHeaders;

    NettyErrorAnswers(JsonMapper json, DataSize maxInitialLine, DataSize maxHeaders) {
        this.json = json;
        this.maxInitialLine = maxInitialLine;
        this.maxHeaders = maxHeaders;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request) {
            ctx.channel().attr(HEAD).set(HttpMethod.HEAD.equals(request.method()));
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof FullHttpResponse answer && isBareError(answer)) {
            FullHttpResponse problem = withProblem(answer, Boolean.TRUE.equals(ctx.channel().attr(HEAD).get()));
            answer.release();
            ctx.write(problem, promise);
            return;
        }
        ctx.write(message, promise);
    }

    private static boolean isBareError(FullHttpResponse answer) {
        return answer.status().code() >= 400 && !answer.content().isReadable()
                && !answer.headers().contains(TraceContext.REQUEST_ID);
    }

    private FullHttpResponse withProblem(FullHttpResponse answer, boolean head) {
        HttpStatusCode status = HttpStatusCode.valueOf(answer.status().code());
        byte[] body = ProblemResponses.toJson(problem(status), json);
        FullHttpResponse problem = new DefaultFullHttpResponse(answer.protocolVersion(), answer.status(),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        problem.headers().set(answer.headers())
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Content-Type-Options", "nosniff")
                .set(TraceContext.REQUEST_ID, TraceContext.continueOrStart(null, null).requestId());
        return problem;
    }

    private ProblemDetail problem(HttpStatusCode status) {
        String detail = switch (status.value()) {
            case 414 -> "The request line (method, path and query) is longer than the " + maxInitialLine.toBytes()
                    + " bytes the API takes; send long search text in fewer or shorter parameters.";
            case 431 -> "The request's headers are larger than the " + maxHeaders.toBytes()
                    + " bytes the API takes together; send fewer or shorter headers (cookies included).";
            case 400 -> "The request is not well-formed HTTP, or its path or query is not a valid URI (characters such "
                    + "as spaces, quotes or braces must be percent-encoded, and '%' must be followed by two hex digits).";
            default -> status.is5xxServerError() ? "The gateway could not answer this request; retry later."
                    : "The request could not be read.";
        };
        // no instance: the path could not be read
        return ProblemResponses.problem(status, ProblemResponses.typeFor(status), null, detail);
    }
}
