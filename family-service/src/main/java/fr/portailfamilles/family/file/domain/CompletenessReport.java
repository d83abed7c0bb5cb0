package fr.portailfamilles.family.file.domain;

import java.util.List;

/**
 * What the completeness rule found: what is missing (blocks completion) and what staff should
 * know without blocking it, both as French sentences for the back office.
 */
public record CompletenessReport(List<String> missing, List<String> warnings) {

    public CompletenessReport {
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
