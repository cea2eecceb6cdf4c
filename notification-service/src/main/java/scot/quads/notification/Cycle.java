package scot.quads.notification;

import java.time.LocalDate;
import java.util.UUID;

/** An annual cycle as the rubric service opened it: its name words notifications, its deadline drives reminders. */
public record Cycle(UUID id, String name, LocalDate submissionDeadline, String revealRule, String state) {
}
