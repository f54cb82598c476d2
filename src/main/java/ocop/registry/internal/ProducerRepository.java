package ocop.registry.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ProducerRepository extends ListCrudRepository<ProducerRow, Long> {
}
