package jp.kizuna.gateway.apikey;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces a partner's {@code Authorization: ApiKey …} with the gateway-signed bearer token of its key
 * before the call goes to a service, so the key never leaves the gateway and the service verifies
 * who the partner is from a signature, not from a header.
 */
public class PartnerTokenRelayFilter implements GlobalFilter, Ordered {

    private final PartnerTokenSigner signer;

    public PartnerTokenRelayFilter(PartnerTokenSigner signer) {
        this.signer = signer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(ApiKeyAuthentication.class::isInstance)
                .map(authentication -> ((ApiKeyAuthentication) authentication).partnerKey())
                .map(key -> exchange.mutate().request(request -> request.headers(headers ->
                        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + signer.sign(key)))).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }
}
