package ocop.access;

/** A neighbourhood (khu phố, ấp) of a commune-level unit. {@code demo} marks fictional demo records. */
public record Neighbourhood(long id, String unitCode, String name, boolean demo) {
}
