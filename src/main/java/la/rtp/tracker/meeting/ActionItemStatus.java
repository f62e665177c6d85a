package la.rtp.tracker.meeting;

/**
 * Any open status may move to any other; DONE and CANCELLED are final except that they may be
 * reopened (back to OPEN), which the history keeps.
 */
public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }

    public boolean mayBecome(ActionItemStatus next) {
        return next != this && (!closed() || next == OPEN);
    }
}
