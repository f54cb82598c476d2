package ocop.certification.internal;

import java.time.LocalDate;
import ocop.certification.domain.CertificateStatusPolicy;
import ocop.certification.domain.RenewalNoticePolicy;
import ocop.certification.domain.RenewalWindow;
import ocop.certification.domain.RevocationDeadline;
import ocop.certification.domain.TransitionalExtension;
import ocop.certification.domain.ValidityPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's settings (cấu hình chứng nhận):
 * <ul>
 *   <li>{@code ocop.certification.validity-months} (36, Điều 4.3), {@code ocop.certification.validity-convention}
 *       ({@code ANNIVERSARY} or {@code DAY_BEFORE_ANNIVERSARY}; see {@link ValidityPolicy});</li>
 *   <li>{@code ocop.certification.renewal.opens-days-before} (180), {@code .closes-days-before} (120), Điều 7.6.a;
 *       {@code .notice-from-days-before} (210): from when the ward's renewal notice may name a certificate
 *       ({@link RenewalNoticePolicy});</li>
 *   <li>{@code ocop.certification.renewal-notice.contact-phone} (empty): the Economic Department's phone printed in
 *       renewal notices beside the drafting officer's name;</li>
 *   <li>{@code ocop.certification.extension.condition} ({@code ISSUED_BEFORE_OR_WINDOW_MISSED},
 *       {@code ANY_REEVALUATION}, {@code NEVER}), {@code .max-days} (180), {@code .effective-date} (2026-05-22),
 *       {@code .covers-expired-before-effective} (false), Điều 12.3 — see {@link TransitionalExtension};</li>
 *   <li>{@code ocop.certification.revocation-proposal.recipient} (empty: "Sở Nông nghiệp và Môi trường" and the
 *       province's name): the addressee of the ward's confirmation and revocation proposal;</li>
 *   <li>{@code ocop.base-url} (http://localhost:8080): the absolute address QR codes point at.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CertificationConfiguration {

    @Bean
    ValidityPolicy validityPolicy(@Value("${ocop.certification.validity-months:36}") int months,
                                  @Value("${ocop.certification.validity-convention:ANNIVERSARY}")
                                  ValidityPolicy.Convention convention) {
        return new ValidityPolicy(months, convention);
    }

    @Bean
    CertificateStatusPolicy certificateStatusPolicy(
            @Value("${ocop.certification.renewal.opens-days-before:180}") int opens,
            @Value("${ocop.certification.renewal.closes-days-before:120}") int closes,
            @Value("${ocop.certification.extension.condition:ISSUED_BEFORE_OR_WINDOW_MISSED}")
            TransitionalExtension.Condition condition,
            @Value("${ocop.certification.extension.max-days:180}") int maxDays,
            @Value("${ocop.certification.extension.effective-date:2026-05-22}") LocalDate effective,
            @Value("${ocop.certification.extension.covers-expired-before-effective:false}") boolean coversExpired) {
        return new CertificateStatusPolicy(new RenewalWindow(opens, closes),
                new TransitionalExtension(condition, maxDays, effective, coversExpired));
    }

    @Bean
    RenewalNoticePolicy renewalNoticePolicy(CertificateStatusPolicy policy,
            @Value("${ocop.certification.renewal.notice-from-days-before:210}") int leadDays) {
        return new RenewalNoticePolicy(policy.window(), leadDays);
    }

    /** Điều 8.4's 15 days: the decree's own figure (not a reading), so not a setting. */
    @Bean
    RevocationDeadline revocationDeadline() {
        return RevocationDeadline.DECREE_26;
    }

    @Bean
    PublicLinks publicLinks(@Value("${ocop.base-url:http://localhost:8080}") String baseUrl) {
        return new PublicLinks(baseUrl);
    }
}
