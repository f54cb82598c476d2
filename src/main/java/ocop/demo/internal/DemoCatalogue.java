package ocop.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ocop.registry.Gender;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerType;
import ocop.registry.RecognitionLevel;

/**
 * The demo producers and products of phường Long Khánh. The first two are named in Kế hoạch 1411/KH-UBND
 * (their identifiers, addresses and figures are invented); all others are fictional. Every record is marked demo.
 */
final class DemoCatalogue {

    /** A recognition in the star history: stars, council score, decision of the province (or ministry). */
    record Recognition(int stars, String score, String decisionNo, LocalDate decisionDate) {
        BigDecimal scoreValue() {
            return new BigDecimal(score);
        }

        RecognitionLevel level() {
            return stars == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE;
        }
    }

    record DemoProduct(String name, String classificationCode, OcopStatus status, String description,
                       String rawMaterials, String origin, Recognition recognition) {
    }

    record DemoProducer(String login, ProducerType type, String name, String taxCode, String registrationNo,
                        String personalId, String representative, String title, Gender gender, String street,
                        int neighbourhood, String phone, LocalDate founded, int workforce, int local, int women,
                        boolean youth, List<DemoProduct> products) {
    }

    static final List<DemoProducer> LONG_KHANH = List.of(
            new DemoProducer("hoangduy", ProducerType.HO_KINH_DOANH, "Hộ kinh doanh Giò chả truyền thống", null,
                    "075088001234", "075088001234", "Hoàng Duy", "Chủ cơ sở", Gender.MALE, "12 đường Hùng Vương", 1,
                    "0912345678", LocalDate.of(2019, 3, 12), 4, 4, 2, false, List.of(
                    new DemoProduct("Giò chả", "I.3.d", OcopStatus.IDEA,
                            "Giò lụa, chả quế làm thủ công theo công thức gia truyền.", "Thịt heo nạc, lá chuối",
                            "Thịt heo từ các trại chăn nuôi trong phường", null))),
            new DemoProducer("minhduc", ProducerType.HO_KINH_DOANH, "Hộ kinh doanh Minh Đức", null, "075087004321",
                    "075087004321", "Đỗ Quang Khôi", "Chủ cơ sở", Gender.MALE, "45 đường Nguyễn Trãi", 2,
                    "0987654321", LocalDate.of(2018, 6, 1), 6, 5, 3, true, List.of(
                    new DemoProduct("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi", "III.3", OcopStatus.EXPIRED,
                            "Đông trùng hạ thảo nuôi cấy trong phòng sạch, sấy thăng hoa.",
                            "Giống nấm Cordyceps militaris, giá thể gạo lứt", "Nuôi trồng tại cơ sở",
                            new Recognition(3, "62.50", "2145/QĐ-UBND", LocalDate.of(2022, 9, 15))))),
            new DemoProducer(null, ProducerType.HOP_TAC_XA, "Hợp tác xã Nông nghiệp Chôm chôm Xuân Hòa (minh họa)",
                    "3600800123", null, null, "Trần Văn Hòa", "Giám đốc", Gender.MALE, "Ấp cũ Xuân Hòa", 3,
                    "0913222333", LocalDate.of(2015, 4, 20), 25, 22, 10, false, List.of(
                    new DemoProduct("Chôm chôm Long Khánh", "I.1.a", OcopStatus.EXPIRED, "Chôm chôm Java, nhãn hiệu tập thể.",
                            "Chôm chôm tươi", "Vườn của thành viên HTX",
                            new Recognition(3, "64.00", "0871/QĐ-UBND", LocalDate.of(2023, 3, 10))))),
            new DemoProducer(null, ProducerType.DOANH_NGHIEP, "Công ty TNHH Cà phê Bàu Trâm (minh họa)", "3600800130",
                    null, null, "Nguyễn Thị Trâm", "Giám đốc", Gender.FEMALE, "Đường Bàu Trâm", 4, "0918111222",
                    LocalDate.of(2017, 1, 9), 18, 15, 9, false, List.of(
                    new DemoProduct("Cà phê rang xay Bàu Trâm", "I.6", OcopStatus.EXPIRED, "Cà phê Robusta rang mộc.",
                            "Cà phê nhân Robusta", "Vùng nguyên liệu liên kết",
                            new Recognition(4, "76.25", "2790/QĐ-UBND", LocalDate.of(2023, 8, 25))))),
            new DemoProducer(null, ProducerType.HO_KINH_DOANH, "Hộ kinh doanh Mật ong Suối Tre (minh họa)", null,
                    "075090005678", "075090005678", "Lý Văn Tre", "Chủ hộ", Gender.MALE, "Ấp Suối Tre", 5,
                    "0977333444", LocalDate.of(2020, 7, 7), 3, 3, 1, true, List.of(
                    new DemoProduct("Mật ong hoa cà phê", "I.2.b", OcopStatus.RANKED, "Mật ong nguyên chất.",
                            "Mật ong", "Đàn ong nuôi tại địa phương",
                            new Recognition(3, "58.75", "3950/QĐ-UBND", LocalDate.of(2023, 12, 18))))),
            new DemoProducer(null, ProducerType.TO_HOP_TAC, "Tổ hợp tác Tiêu Bảo Quang (minh họa)", null, null,
                    "075079002468", "Huỳnh Văn Quang", "Tổ trưởng", Gender.MALE, "Ấp Bảo Quang", 6, "0909555666",
                    LocalDate.of(2016, 2, 2), 12, 12, 5, false, List.of(
                    new DemoProduct("Tiêu đen Bảo Quang", "I.4.b", OcopStatus.RANKED, "Tiêu đen phơi nắng tự nhiên.",
                            "Hạt tiêu", "Vườn tiêu tổ viên",
                            new Recognition(3, "55.00", "1502/QĐ-UBND", LocalDate.of(2024, 5, 6))))),
            new DemoProducer(null, ProducerType.DOANH_NGHIEP, "Công ty TNHH Rượu trái cây Xuân Tân (minh họa)",
                    "3600800148", null, null, "Phan Thị Tân", "Giám đốc", Gender.FEMALE, "Đường Xuân Tân", 7,
                    "0938777888", LocalDate.of(2018, 10, 10), 9, 7, 4, false, List.of(
                    new DemoProduct("Rượu vang chôm chôm", "II.1.b", OcopStatus.RANKED, "Rượu vang lên men từ chôm chôm.",
                            "Chôm chôm", "Thu mua từ HTX trong phường",
                            new Recognition(4, "71.50", "2210/QĐ-UBND", LocalDate.of(2025, 6, 30))))),
            new DemoProducer(null, ProducerType.HOP_TAC_XA, "Hợp tác xã Mây tre đan Phú Bình (minh họa)", "3600800155",
                    null, null, "Đinh Thị Bình", "Giám đốc", Gender.FEMALE, "Ấp Phú Bình", 8, "0966999000",
                    LocalDate.of(2012, 5, 15), 30, 28, 24, false, List.of(
                    new DemoProduct("Giỏ mây đan thủ công", "IV.1", OcopStatus.RANKED, "Giỏ mây đan tay.", "Mây, tre",
                            "Mây tre khai thác tại địa phương",
                            new Recognition(3, "60.00", "0999/QĐ-UBND", LocalDate.of(2024, 11, 20))))),
            new DemoProducer(null, ProducerType.HO_KINH_DOANH, "Hộ kinh doanh Lan kiểng Xuân An (minh họa)", null,
                    "075095007777", "075095007777", "Mai Thị An", "Chủ hộ", Gender.FEMALE, "Đường Xuân An", 1,
                    "0903123456", LocalDate.of(2021, 9, 9), 2, 2, 2, true, List.of(
                    new DemoProduct("Lan hồ điệp Xuân An", "V.1", OcopStatus.IDEA, "Lan hồ điệp chậu.", "Cây giống lan",
                            "Vườn ươm tại phường", null))),
            new DemoProducer(null, ProducerType.TRANG_TRAI, "Trang trại Sầu riêng Bàu Sen (minh họa)", null, null,
                    "075082003579", "Châu Văn Sen", "Chủ trang trại", Gender.MALE, "Ấp Bàu Sen", 2, "0919888777",
                    LocalDate.of(2014, 8, 8), 7, 6, 2, false, List.of(
                    new DemoProduct("Sầu riêng Ri6 Long Khánh", "I.1.a", OcopStatus.IN_PROGRAMME, "Sầu riêng Ri6.",
                            "Sầu riêng tươi", "Vườn của trang trại", null))),
            new DemoProducer(null, ProducerType.TO_CHUC_DU_LICH, "Hiệp hội Du lịch vườn Long Khánh (minh họa)",
                    "3600800162", null, null, "Tạ Văn Vườn", "Chủ tịch Hiệp hội", Gender.MALE, "Đường Hồ Thị Hương", 3,
                    "0908246810", LocalDate.of(2019, 12, 1), 15, 15, 7, false, List.of(
                    new DemoProduct("Du lịch vườn trái cây Long Khánh", "VI.1", OcopStatus.RANKED,
                            "Tham quan, trải nghiệm vườn chôm chôm, sầu riêng.", null, null,
                            new Recognition(3, "57.00", "3012/QĐ-UBND", LocalDate.of(2025, 10, 2))))));

    /** A producer of another ward (phường Bảo Vinh), to show that wards do not see each other's records. */
    static final DemoProducer BAO_VINH = new DemoProducer(null, ProducerType.HO_KINH_DOANH,
            "Hộ kinh doanh Bánh tráng Bảo Vinh (minh họa)", null, "075091009876", "075091009876", "Vũ Văn Vinh",
            "Chủ hộ", Gender.MALE, "Đường Bảo Vinh", 0, "0912000111", LocalDate.of(2020, 1, 1), 3, 3, 2, false,
            List.of(new DemoProduct("Bánh tráng phơi sương", "I.3.b", OcopStatus.IDEA, null, "Gạo", "Gạo địa phương",
                    null)));

    private DemoCatalogue() {
    }
}
