package fr.portailfamilles.registration.support;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save step again when the document changed in between (another decision, or
 * the outbox relay removing published events): the step reloads and re-checks the rules.
 */
public final class Retrying {

    private static final int ATTEMPTS = 5;

    private Retrying() {
    }

    public static <T> T onConcurrentChange(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }
}
