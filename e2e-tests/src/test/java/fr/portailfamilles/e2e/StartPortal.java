package fr.portailfamilles.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the portal once for the test JVM; every end-to-end test class reuses it. */
final class StartPortal implements BeforeAllCallback {

    private static RunningPortal portal;

    @Override
    public void beforeAll(ExtensionContext context) {
        portal = RunningPortal.in(context);
    }

    static RunningPortal portal() {
        return portal;
    }
}
