package ocop.dossier.internal.intake;

import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a flagged potential product into a registered idea (chuyển đề xuất thành ý tưởng sản phẩm): for an existing
 * producer, or for a new one created in the registry from the flag (its type, name and legal id typed by the
 * officer), then registered through {@link IntakeService} as a new idea or an existing product.
 */
@Service
public class FlagConversion {

    /**
     * The officer's choice: an existing {@code producerId}, or a new producer's type, name, legal id and phone; then
     * the product's name (the flag's when blank), its group and whether it already exists.
     */
    public record Conversion(Long producerId, ProducerType producerType, String producerName, String legalId,
                             String phone, String productName, String classificationCode, Boolean existing,
                             Integer version) {
    }

    private final FlagService flags;
    private final IntakeService intake;
    private final RegistryApi registry;

    FlagConversion(FlagService flags, IntakeService intake, RegistryApi registry) {
        this.flags = flags;
        this.intake = intake;
        this.registry = registry;
    }

    @Transactional
    public FlagView convert(long flagId, Conversion c) {
        FlagService.Loaded loaded = flags.open(flagId);
        FlagView flag = loaded.flag();
        long producerId = c.producerId() != null ? c.producerId() : newProducer(flag, c).id();
        String name = c.productName() == null || c.productName().isBlank() ? flag.name() : c.productName();
        ProductView product = intake.register(new IntakeService.Registration(producerId, name, c.classificationCode(),
                flag.note(), null, null, c.existing()));
        flags.converted(flag, c.version(), product, loaded.user());
        return flags.get(flagId);
    }

    private ProducerView newProducer(FlagView flag, Conversion c) {
        if (c.producerType() == null) {
            throw new InvalidInputException("producerId", "Chọn một chủ thể có sẵn, hoặc nhập loại hình, tên và mã "
                    + "định danh để thêm chủ thể mới.");
        }
        String legal = c.legalId() == null ? null : c.legalId().strip();
        String name = c.producerName() == null || c.producerName().isBlank() ? flag.maker() : c.producerName();
        ProducerType.LegalId kind = c.producerType().requiredId();
        return registry.createProducer(new ProducerInput(c.producerType(), name,
                kind == ProducerType.LegalId.TAX_CODE ? legal : null,
                kind == ProducerType.LegalId.REGISTRATION_NO ? legal : null,
                kind == ProducerType.LegalId.PERSONAL_ID ? legal : null, flag.maker(), null, null, null, null, null,
                flag.neighbourhoodId(), c.phone(), null, null, null, null, null, null, false, flag.unitCode(), null),
                false);
    }
}
