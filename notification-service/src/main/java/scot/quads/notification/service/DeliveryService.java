package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import scot.quads.notification.Delivery;

/** What has happened to the mails, for ADES. */
@ApplicationScoped
public class DeliveryService {

    @Transactional
    public List<Delivery> list(String status, int limit) {
        return Delivery.withStatus(status, limit);
    }
}
