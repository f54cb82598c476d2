package ocop.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.ProductView;
import ocop.registry.domain.ClassificationCatalog;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerType;
import ocop.registry.domain.ProductClassification;
import ocop.registry.ProductInput;
import ocop.registry.domain.ProductRules;
import ocop.registry.domain.RegistryPermissions;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products (sản phẩm): list, read, create, update, delete; scoped through their producer and audited. */
@Service
public class ProductService {

    static final String ENTITY = "product";

    private final ProductRepository products;
    private final ProducerService producers;
    private final RegistryQueries queries;
    private final ProductMapper mapper;
    private final ClassificationCatalog catalog;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    ProductService(ProductRepository products, ProducerService producers, RegistryQueries queries,
                   ProductMapper mapper, ClassificationCatalog catalog, AccessApi access, AuditTrail audit,
                   Clock clock) {
        this.products = products;
        this.producers = producers;
        this.queries = queries;
        this.mapper = mapper;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageSlice<ProductSummary> search(ProductFilter filter, Integer page, Integer size) {
        CurrentUser user = access.currentUser();
        return queries.products(user.scope(), filter, PageSlice.clampPage(page), PageSlice.clampSize(size))
                .map(mapper::toSummary);
    }

    @Transactional(readOnly = true)
    public ProductView get(long id) {
        return mapper.toView(load(id, access.currentUser()));
    }

    /** The classification a new product is placed on: the version in force today. */
    public ProductClassification classificationInForce() {
        return catalog.inForceOn(LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("no product classification in force"));
    }

    @Transactional
    public ProductView create(ProductInput input) {
        return create(input, false);
    }

    @Transactional
    ProductView create(ProductInput input, boolean demo) {
        CurrentUser user = access.currentUser();
        if (input.producerId() == null) {
            throw new InvalidInputException("producerId", "Chọn chủ thể của sản phẩm.");
        }
        ProducerRow producer = loadProducer(input.producerId(), user);
        if (!RegistryPermissions.mayWriteProduct(user, producer.id())) {
            throw new ForbiddenException("Bạn không được thêm sản phẩm cho chủ thể này.");
        }
        ProductClassification classification = classificationInForce();
        ProductInput p = ProductRules.validate(input, classification, ProducerType.valueOf(producer.type()),
                producer.provinceCode(), producer.unitCode());
        OcopStatus status = RegistryPermissions.mayRecordStatus(user) && p.status() != null ? p.status() : OcopStatus.IDEA;
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProductRow row = new ProductRow(null, producer.id(), producer.unitCode(), producer.provinceCode(), p.name(),
                ProductMapper.searchText(p.name(), p.programmeCode()), classification.version(),
                p.classificationCode(), p.programmeCode(), p.description(), p.rawMaterials(), p.rawMaterialOrigin(),
                status.name(), null, demo, now, now, null);
        ProductRow saved = save(row);
        ProductView view = mapper.toView(saved);
        audit.record(ENTITY, saved.id(), saved.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public ProductView update(long id, ProductInput input) {
        CurrentUser user = access.currentUser();
        ProductRow current = load(id, user);
        if (!RegistryPermissions.mayWriteProduct(user, current.producerId())) {
            throw new ForbiddenException("Bạn không được sửa sản phẩm này.");
        }
        if (input.version() != null && !Objects.equals(input.version(), current.version())) {
            throw new ConflictException("version", "Sản phẩm vừa được người khác cập nhật. "
                    + "Hãy tải lại trang để xem bản mới rồi nhập lại thay đổi của bạn.");
        }
        ProducerRow producer = producers.load(current.producerId(), user);
        ProductClassification classification = catalog.version(current.classificationVersion())
                .filter(c -> c.isLeaf(input.classificationCode() == null ? "" : input.classificationCode().trim()))
                .orElseGet(this::classificationInForce);
        ProductInput p = ProductRules.validate(input, classification, ProducerType.valueOf(producer.type()),
                producer.provinceCode(), producer.unitCode());
        String status = RegistryPermissions.mayRecordStatus(user) && p.status() != null ? p.status().name()
                : current.status();
        ProductRow updated = new ProductRow(current.id(), current.producerId(), current.unitCode(),
                current.provinceCode(), p.name(), ProductMapper.searchText(p.name(), p.programmeCode()),
                classification.version(), p.classificationCode(), p.programmeCode(), p.description(),
                p.rawMaterials(), p.rawMaterialOrigin(), status, current.currentStars(), current.demo(),
                current.createdAt(), OffsetDateTime.now(clock), current.version());
        ProductView before = mapper.toView(current);
        ProductRow saved = save(updated);
        ProductView after = mapper.toView(saved);
        audit.record(ENTITY, id, saved.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        CurrentUser user = access.currentUser();
        ProductRow current = load(id, user);
        if (!RegistryPermissions.mayDelete(user)) {
            throw new ForbiddenException("Bạn không được xóa sản phẩm.");
        }
        ProductView before = mapper.toView(current);
        products.delete(current);
        audit.record(ENTITY, id, current.unitCode(), AuditAction.DELETE, before, null);
    }

    /** Loads a product whose producer is inside the user's scope; otherwise 404. */
    ProductRow load(long id, CurrentUser user) {
        ProductRow row = products.findById(id).orElseThrow(ProductService::notFound);
        try {
            producers.load(row.producerId(), user);
        } catch (NotFoundException e) {
            throw notFound();
        }
        return row;
    }

    private ProducerRow loadProducer(long producerId, CurrentUser user) {
        try {
            return producers.load(producerId, user);
        } catch (NotFoundException e) {
            throw new InvalidInputException("producerId", "Không tìm thấy chủ thể đã chọn.");
        }
    }

    private ProductRow save(ProductRow row) {
        try {
            return products.save(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("programmeCode", "Mã sản phẩm này đã được dùng cho sản phẩm khác.");
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy sản phẩm.");
    }
}
