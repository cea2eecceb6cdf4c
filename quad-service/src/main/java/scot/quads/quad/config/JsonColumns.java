package scot.quads.quad.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.inject.Singleton;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * The entities' jsonb columns (audit entries, proposals, actions' questions, sessions' agendas) written and read
 * with the application's own ObjectMapper, as the read models in {@code repository/} are, instead of a second mapper
 * of Hibernate's that the service's Jackson settings would not reach.
 */
@JsonFormat
@PersistenceUnitExtension
@Singleton
public class JsonColumns implements FormatMapper {

    private final FormatMapper jackson;

    public JsonColumns(ObjectMapper json) {
        this.jackson = new JacksonJsonFormatMapper(json);
    }

    @Override
    public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(value, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}
