package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A rubric framework, known by its code; what councils answer lives in its versions. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String title;
    public String description;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
