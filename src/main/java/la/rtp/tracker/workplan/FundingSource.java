package la.rtp.tracker.workplan;

/** Where an activity's money comes from (the SWG as an ODA mobilisation forum plans by source). */
public enum FundingSource {
    GOVERNMENT,
    ODA_GRANT,
    ODA_LOAN,
    PRIVATE_SECTOR,
    NGO
}
