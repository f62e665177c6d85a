package la.rtp.tracker.swg;

public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
