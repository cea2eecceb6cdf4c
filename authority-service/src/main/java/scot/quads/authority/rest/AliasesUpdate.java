package scot.quads.authority.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** ADES's full list of a council's other names; it replaces the list there was. Each is checked by AliasService. */
public record AliasesUpdate(@NotNull @Size(max = 50) List<String> aliases) {
}
