package ocop.registry.domain;

import ocop.registry.ProductInput;
import ocop.registry.ProducerType;
import static ocop.registry.domain.ProducerRules.blankToNull;

import java.util.ArrayList;
import java.util.List;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * Rules for a product record: a name, a leaf of the classification in force (Phụ lục I), a tourism sub-group for
 * associations and operating centres (Điều 2.3), and a programme code in the decision's format.
 */
public final class ProductRules {

    private static final String TOURISM_SECTOR = "VI";

    private ProductRules() {
    }

    public static ProductInput validate(ProductInput in, ProductClassification classification,
                                        ProducerType producerType, String provinceCode, String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        String name = blankToNull(in.name());
        if (name == null) {
            errors.add(new FieldError("name", "Nhập tên sản phẩm."));
        } else if (name.length() > 300) {
            errors.add(new FieldError("name", "Tên sản phẩm dài quá 300 ký tự."));
        }
        String code = blankToNull(in.classificationCode());
        if (code == null) {
            errors.add(new FieldError("classificationCode", "Chọn nhóm sản phẩm."));
        } else if (!classification.isLeaf(code)) {
            errors.add(new FieldError("classificationCode",
                    "Nhóm sản phẩm không có trong phân loại " + classification.decision() + "."));
        } else if (producerType != null && producerType.onlyTourism() && !code.startsWith(TOURISM_SECTOR + ".")) {
            errors.add(new FieldError("classificationCode",
                    "Hội, hiệp hội, trung tâm điều hành chỉ được đăng ký sản phẩm dịch vụ du lịch (Điều 2.3)."));
        }
        String programmeCode = blankToNull(in.programmeCode());
        if (programmeCode != null) {
            String problem = ProgrammeCode.problem(programmeCode, provinceCode, unitCode);
            if (problem != null) {
                errors.add(new FieldError("programmeCode", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProductInput(in.producerId(), name, code, programmeCode, blankToNull(in.description()),
                blankToNull(in.rawMaterials()), blankToNull(in.rawMaterialOrigin()), in.status(), in.version());
    }
}
