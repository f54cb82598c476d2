package ocop.dossier.domain;

/**
 * Registration number of form Mẫu 01 (số phiếu đăng ký), given by the ward when it receives the dossier:
 * {@code NN-NN/PĐK-<province code>-<commune code>-<year>}. The decision does not define the two leading numbers;
 * we read them as the dossier's running number in the commune's year and the evaluation round (a configurable
 * reading, see {@code ocop.dossier.registration-number-format}).
 */
public final class RegistrationNumber {

    public static final String DEFAULT_FORMAT = "%02d-%02d/PĐK-%s-%s-%d";

    private RegistrationNumber() {
    }

    public static String format(String pattern, int sequence, int round, String provinceCode, String unitCode,
                                int year) {
        if (sequence < 1 || round < 1) {
            throw new IllegalArgumentException("sequence and round start at 1");
        }
        return String.format(pattern, sequence, round, provinceCode, unitCode, year);
    }
}
