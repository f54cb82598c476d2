package ocop.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import ocop.registry.domain.ClassificationCatalog;
import ocop.registry.domain.ClassificationValidator;
import ocop.registry.domain.ProductClassification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Nạp danh mục phân loại sản phẩm OCOP lúc khởi động: reads every
 * {@code classpath*:reference/classification/*.json} shipped inside the application, validates each
 * version and publishes the {@link ClassificationCatalog}. Any error stops start-up, with all errors of
 * all files listed in one message.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationLoader {

    static final String PATTERN = "classpath*:" + ClassificationJson.LOCATION + "*.json";

    @Bean
    ClassificationCatalog classificationCatalog() {
        return load(new PathMatchingResourcePatternResolver(ClassificationLoader.class.getClassLoader()));
    }

    static ClassificationCatalog load(ResourcePatternResolver resolver) {
        List<String> errors = new ArrayList<>();
        List<ProductClassification> versions = new ArrayList<>();
        Resource[] resources;
        try {
            resources = resolver.getResources(PATTERN);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + PATTERN, e);
        }
        if (resources.length == 0) {
            errors.add("không có tệp nào ở " + PATTERN);
        }
        for (Resource resource : resources) {
            String origin = resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                ProductClassification version = ClassificationJson.read(in, origin);
                errors.addAll(ClassificationValidator.validate(version).stream()
                        .map(error -> origin + ": " + error).toList());
                versions.add(version);
            } catch (IOException e) {
                errors.add(origin + ": không đọc được: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        ClassificationCatalog catalog = null;
        try {
            catalog = new ClassificationCatalog(versions);
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Danh mục phân loại sản phẩm không hợp lệ (" + errors.size()
                    + " lỗi):\n - " + String.join("\n - ", errors));
        }
        return catalog;
    }
}
