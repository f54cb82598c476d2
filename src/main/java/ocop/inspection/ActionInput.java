package ocop.inspection;

import java.time.LocalDate;

/** A corrective action as typed (biện pháp khắc phục): what, who is responsible, by when. */
public record ActionInput(String description, String owner, LocalDate deadline) {
}
