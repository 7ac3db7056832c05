package de.lotse.directory;

/** HSDS service status. The public Wegweiser shows active and temporarily closed services only. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String hsds;

    ServiceStatus(String hsds) {
        this.hsds = hsds;
    }

    /** The value as HSDS writes it and as it is stored. */
    public String hsds() {
        return hsds;
    }

    /** Reads the HSDS value (as stored); unknown values are refused. */
    public static ServiceStatus ofHsds(String value) {
        for (ServiceStatus status : values()) {
            if (status.hsds.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown HSDS service status: " + value);
    }
}
