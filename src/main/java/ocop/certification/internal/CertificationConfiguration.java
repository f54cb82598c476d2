package ocop.certification.internal;

import ocop.certification.domain.ValidityPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's settings (cấu hình chứng nhận): {@code ocop.certification.validity-months} (36, Điều 4.3) and
 * {@code ocop.certification.validity-convention} ({@code ANNIVERSARY} or {@code DAY_BEFORE_ANNIVERSARY}; see
 * {@link ValidityPolicy}).
 */
@Configuration(proxyBeanMethods = false)
class CertificationConfiguration {

    @Bean
    ValidityPolicy validityPolicy(@Value("${ocop.certification.validity-months:36}") int months,
                                  @Value("${ocop.certification.validity-convention:ANNIVERSARY}")
                                  ValidityPolicy.Convention convention) {
        return new ValidityPolicy(months, convention);
    }
}
