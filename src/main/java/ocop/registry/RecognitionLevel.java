package ocop.registry;

/** Who recognised a star class (cấp công nhận): the province for 3★–4★, the ministry for 5★ (Điều 4.1). */
public enum RecognitionLevel {
    PROVINCE, MINISTRY;

    public String labelKey() {
        return "recognition." + name();
    }
}
