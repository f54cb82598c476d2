package ocop.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.registry.ProductView;
import ocop.registry.OcopStatus;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.StarRecordInput;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A product's photos (ảnh) and star history (lịch sử hạng sao). */
@Service
public class ProductRecordsService {

    private final ProductService products;
    private final ProductRepository repository;
    private final ProductMapper mapper;
    private final PhotoStore photos;
    private final JdbcClient jdbc;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    ProductRecordsService(ProductService products, ProductRepository repository, ProductMapper mapper,
                          PhotoStore photos, JdbcClient jdbc, AccessApi access, AuditTrail audit, Clock clock) {
        this.products = products;
        this.repository = repository;
        this.mapper = mapper;
        this.photos = photos;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A photo file as uploaded: the name the user gave it and its bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A photo to send back: type and bytes. */
    public record PhotoFile(String contentType, byte[] bytes) {
    }

    @Transactional
    public ProductView.Photo addPhoto(long productId, Upload upload) {
        CurrentUser user = access.currentUser();
        ProductRow product = products.load(productId, user);
        if (!RegistryPermissions.mayWriteProduct(user, product.producerId())) {
            throw new ForbiddenException("Bạn không được thêm ảnh cho sản phẩm này.");
        }
        ocop.system.FileVault.Stored stored = photos.store(productId, upload.bytes());
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "anh" : upload.fileName().strip();
        long id = jdbc.sql("""
                INSERT INTO registry.product_photo (product_id, file_name, content_type, size_bytes, sha256, stored_path)
                VALUES (:p, :n, :t, :s, :h, :path) RETURNING id""")
                .param("p", productId).param("n", name).param("t", stored.contentType()).param("s", stored.size())
                .param("h", stored.sha256()).param("path", stored.path()).query(Long.class).single();
        ProductView.Photo photo = new ProductView.Photo(id, name, stored.contentType(), stored.size(), stored.sha256());
        audit.record(ProductService.ENTITY, productId, product.unitCode(), AuditAction.UPLOAD, null, photo);
        return photo;
    }

    @Transactional(readOnly = true)
    public PhotoFile photo(long productId, long photoId) {
        products.load(productId, access.currentUser());
        return jdbc.sql("SELECT content_type, stored_path FROM registry.product_photo WHERE id = :id AND product_id = :p")
                .param("id", photoId).param("p", productId)
                .query((rs, i) -> new PhotoFile(rs.getString(1), photos.read(rs.getString(2)))).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy ảnh."));
    }

    /** Changes the programme status, keeping the current stars; officers (and the system actor's jobs) only. */
    @Transactional
    public ProductView changeStatus(long productId, OcopStatus status) {
        CurrentUser user = access.currentUser();
        ProductRow product = products.load(productId, user);
        if (!RegistryPermissions.mayChangeStatus(user)) {
            throw new ForbiddenException("Chỉ cán bộ được thay đổi tình trạng OCOP của sản phẩm.");
        }
        ProductView before = mapper.toView(product);
        ProductView after = mapper.toView(repository.save(product.withStatus(status.name(), product.currentStars())));
        audit.record(ProductService.ENTITY, productId, product.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Records a recognition; 3★ and above make the product ranked with those stars. */
    @Transactional
    public ProductView addStarRecord(long productId, StarRecordInput input) {
        CurrentUser user = access.currentUser();
        ProductRow product = products.load(productId, user);
        if (!RegistryPermissions.mayRecordStatus(user)) {
            throw new ForbiddenException("Chỉ cán bộ được ghi nhận kết quả công nhận.");
        }
        StarRecordInput s = input.validated(LocalDate.now(clock));
        ProductView before = mapper.toView(product);
        jdbc.sql("""
                INSERT INTO registry.star_record (product_id, stars, score, decision_no, decision_date, level, note)
                VALUES (:p, :stars, :score, :no, :date, :level, :note)""")
                .param("p", productId).param("stars", s.stars()).param("score", s.score())
                .param("no", s.decisionNo()).param("date", s.decisionDate()).param("level", s.level().name())
                .param("note", s.note()).update();
        ProductRow saved = s.stars() >= 3 ? repository.save(product.withStatus(OcopStatus.RANKED.name(), s.stars()))
                : product;
        ProductView after = mapper.toView(saved);
        audit.record(ProductService.ENTITY, productId, product.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }
}
