package ocop.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Giới hạn truy cập tra cứu công khai (rate limit of the public check): at most
 * {@code ocop.certification.public.requests-per-minute} (60) requests per client address per minute, in memory, on
 * {@code /public/certificates/**} and {@code /api/v1/public/certificates/**}; beyond that 429 with a Vietnamese
 * message. A fixed one-minute window per address; the table is cleared when it grows past 10 000 addresses.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final String MESSAGE = "Bạn tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.";

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    PublicRateLimit(@Value("${ocop.certification.public.requests-per-minute:60}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/public/certificates/**", "/api/v1/public/certificates/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (allow(request.getRemoteAddr())) {
            return true;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        boolean json = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setCharacterEncoding("UTF-8");
        if (json) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":429,\"title\":\"Quá nhiều yêu cầu\",\"detail\":\"" + MESSAGE
                    + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width\"><title>Quá nhiều yêu cầu</title><p style=\"font:1.3rem "
                    + "sans-serif;padding:1rem\">" + MESSAGE + "</p></html>");
        }
        return false;
    }

    boolean allow(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.clear();
        }
        long[] w = windows.compute(address == null ? "?" : address, (k, v) -> {
            if (v == null || v[0] != minute) {
                return new long[] {minute, 1};
            }
            v[1]++;
            return v;
        });
        return w[1] <= perMinute;
    }
}
