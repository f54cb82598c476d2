/**
 * System (Hệ thống): what every module stands on but no capability owns — the embedded PostgreSQL default,
 * the clock, Vietnamese text handling, the page layout and the error responses (problem+json).
 * Publishes {@link ocop.system.VietnameseText}, {@link ocop.system.PageSlice} and {@link ocop.system.FieldError}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System (Hệ thống)")
package ocop.system;
