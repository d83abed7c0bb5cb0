package fr.portailfamilles.platform.messaging;

/** The CloudEvents Kafka protocol binding's header names (binary content mode). */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }
}
