package ocop.dossier.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.dossier.DossierKind;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The fields of Mẫu 01 and of Mẫu 02 Part I that come from the registry (thông tin lấy từ sổ chủ thể, sản phẩm): the
 * registering unit, its representative, address and contacts, the product and its group, the kind of registration.
 * Read as the signed-in user, so they are never wider than what that user may see.
 */
@Component
class RegistryForms {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final RegistryApi registry;
    private final AccessApi access;
    private final MessageSource messages;

    RegistryForms(RegistryApi registry, AccessApi access, MessageSource messages) {
        this.registry = registry;
        this.access = access;
        this.messages = messages;
    }

    Map<String, String> fields(long productId, long producerId, DossierKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        ProducerView p = registry.producer(producerId).orElse(null);
        ProductView product = registry.product(productId).orElse(null);
        if (p != null) {
            out.put("m01.unit", p.name());
            out.put("m01.representative", p.representativeName());
            out.put("m01.title", p.representativeTitle());
            out.put("m01.address", address(p));
            out.put("m01.phone", p.phoneDisplay());
            out.put("m01.email", p.email());
        }
        if (product != null) {
            out.put("m01.product", product.name());
            out.put("m01.group", String.join(" › ", product.classificationPath()) + " (" + product.classificationCode()
                    + ")");
        }
        out.put("m01.kind", label(kind.labelKey()));
        if (p != null) {
            out.put("reg.type", label(p.type().labelKey()));
            out.put("reg.legalId", p.legalId());
            out.put("reg.founded", p.foundedOn() == null ? null : DATE.format(p.foundedOn()));
            out.put("reg.representative", join(p.representativeName(),
                    p.representativeGender() == null ? null : label(p.representativeGender().labelKey()),
                    p.representativeEthnicity() == null ? null : "dân tộc " + p.representativeEthnicity(),
                    p.representativeAddress() == null ? null : "thường trú " + p.representativeAddress()));
        }
        out.values().removeIf(Objects::isNull);
        return out;
    }

    /** The producer's address as written on the forms: street, khu phố, commune, province. */
    String address(ProducerView p) {
        AdministrativeUnit unit = access.unit(p.unitCode()).orElse(null);
        return join(p.street(), p.neighbourhoodName(), unit == null ? null : unit.name(),
                unit == null ? null : unit.provinceName());
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    private static String join(String... parts) {
        String s = Stream.of(parts).filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "));
        return s.isEmpty() ? null : s;
    }

    static List<String> registryCodes() {
        return List.of("m01.unit", "m01.representative", "m01.title", "m01.address", "m01.phone", "m01.email",
                "m01.product", "m01.group", "m01.kind", "reg.type", "reg.legalId", "reg.founded", "reg.representative");
    }
}
