package ocop.assessment.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names in the dossier package (tên tệp trong gói hồ sơ gửi tỉnh): ASCII only (diacritics folded, đ → d), words
 * joined in CamelCase, no spaces or punctuation, so an official can upload them to the provincial scoring software
 * as they are, e.g. {@code 03_Mau03_BaoCao_LanHoDiepXuanAn.pdf}.
 */
public final class PackageNames {

    public static final int MAX_PART = 60;

    private PackageNames() {
    }

    /** "Lan hồ điệp Xuân An" → "LanHoDiepXuanAn"; blank → "SanPham". */
    public static String part(String text) {
        if (text == null) {
            return "SanPham";
        }
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        String s = out.length() == 0 ? "SanPham" : out.toString();
        return s.length() > MAX_PART ? s.substring(0, MAX_PART) : s;
    }

    /** "{nn}_{label}_{product}.{ext}". */
    public static String entry(int number, String label, String product, String extension) {
        return String.format("%02d_%s_%s.%s", number, label, part(product), extension(extension));
    }

    /** The extension of an uploaded file's name, lower case ASCII, "bin" when it has none. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "bin";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "bin" : extension(fileName.substring(dot + 1));
    }

    private static String extension(String ext) {
        String clean = ext.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return clean.isEmpty() ? "bin" : clean.length() > 8 ? clean.substring(0, 8) : clean;
    }
}
