package ocop.registry.internal;

import java.util.Optional;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerView;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.ProductInput;
import ocop.registry.StarRecordInput;
import ocop.registry.ProductView;
import ocop.registry.PublicPhoto;
import ocop.registry.RegistryApi;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import org.springframework.stereotype.Service;

@Service
class DefaultRegistryApi implements RegistryApi {

    private final ProducerService producers;
    private final ProductService products;
    private final ProductRecordsService records;
    private final PublicPhotos publicPhotos;

    DefaultRegistryApi(ProducerService producers, ProductService products, ProductRecordsService records,
                       PublicPhotos publicPhotos) {
        this.producers = producers;
        this.products = products;
        this.records = records;
        this.publicPhotos = publicPhotos;
    }

    @Override
    public ProductView.Photo addPhoto(long productId, String fileName, byte[] bytes) {
        return records.addPhoto(productId, new ProductRecordsService.Upload(fileName, bytes));
    }

    @Override
    public Optional<PublicPhoto> publicPhoto(long productId) {
        return publicPhotos.main(productId);
    }

    @Override
    public Optional<PublicPhoto.Content> publicPhotoContent(long productId) {
        return publicPhotos.content(productId);
    }

    @Override
    public ProducerView createProducer(ProducerInput input, boolean demo) {
        return producers.create(input, demo);
    }

    @Override
    public ProductView createProduct(ProductInput input, boolean demo) {
        return products.create(input, demo);
    }

    @Override
    public ProductView changeStatus(long productId, ocop.registry.OcopStatus status) {
        return records.changeStatus(productId, status);
    }

    @Override
    public ProductView recordRecognition(long productId, StarRecordInput input) {
        return records.addStarRecord(productId, input);
    }

    @Override
    public Optional<ProducerView> producer(long id) {
        try {
            return Optional.of(producers.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ProductView> product(long id) {
        try {
            return Optional.of(products.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public PageSlice<ProductSummary> products(ProductFilter filter, int page, int size) {
        return products.search(filter == null ? ProductFilter.none() : filter, page, size);
    }
}
