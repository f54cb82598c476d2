package ocop.registry.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ProductRepository extends ListCrudRepository<ProductRow, Long> {
}
