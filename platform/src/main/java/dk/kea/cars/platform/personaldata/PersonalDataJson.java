package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataMarks;
import dk.kea.cars.api.personaldata.SealedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.util.UUID;

/**
 * An event payload or an aggregate's state as JSON for people to read (the audit views): the REST layer's JSON,
 * with every {@link SealedText} shown as {@link PersonalData} reveals it for the person the object belongs to.
 */
public class PersonalDataJson {

    private static final String SUBJECT = PersonalDataJson.class.getName() + ".subject";

    private final JsonMapper json;

    public PersonalDataJson(JsonMapper web, PersonalData personalData) {
        this.json = web.rebuild()
                .addModule(new SimpleModule("kea-personal-data").addSerializer(SealedText.class,
                        new Revealing(personalData)))
                .build();
    }

    /** {@code value} as a JSON tree, its personal fields revealed as fields of {@code subject} (null: none). */
    public JsonNode toTree(Object value, UUID subject) {
        return json.readTree(json.writer().withAttribute(SUBJECT, subject).writeValueAsBytes(value));
    }

    private static final class Revealing extends ValueSerializer<SealedText> {

        private final PersonalData personalData;

        Revealing(PersonalData personalData) {
            this.personalData = personalData;
        }

        @Override
        public void serialize(SealedText sealed, JsonGenerator generator, SerializationContext context) {
            Object subject = context.getAttribute(SUBJECT);
            generator.writeString(subject instanceof UUID person ? personalData.reveal(person, sealed)
                    : PersonalDataMarks.UNREADABLE);
        }
    }
}
