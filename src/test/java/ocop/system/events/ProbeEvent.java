package ocop.system.events;

/** An event only the registry tests publish. */
public record ProbeEvent(String id) {
}
