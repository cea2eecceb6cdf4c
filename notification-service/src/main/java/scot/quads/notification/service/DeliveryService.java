package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import scot.quads.notification.Delivery;
import scot.quads.notification.repository.DeliveryRepository;

/** What has happened to the mails, for ADES. */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryRepository deliveries;

    public DeliveryService(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional
    public List<Delivery> list(String status, int limit) {
        return deliveries.withStatus(status, limit);
    }
}
