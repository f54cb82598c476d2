package ocop.registry.internal;

import java.util.Optional;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerView;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.ProductInput;
import ocop.registry.StarRecordInput;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import org.springframework.stereotype.Service;

@Service
class DefaultRegistryApi implements RegistryApi {

    private final ProducerService producers;
    private final ProductService products;
    private final ProductRecordsService records;

    DefaultRegistryApi(ProducerService producers, ProductService products, ProductRecordsService records) {
        this.producers = producers;
        this.products = products;
        this.records = records;
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
