package ocop.dossier.internal;

import java.text.Normalizer;

/** Typed text as stored (chuẩn hóa văn bản nhập): NFC, line breaks kept as {@code \n}, trimmed; blank → null. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
        return s.isEmpty() ? null : s;
    }
}
