package dk.kea.cars.standalone;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend keeps changes in memory and writes them to its file about once a second, so a killed
 * process lost the writes of its last second, token positions included: read models came back behind, or ahead of, the
 * event store. This backend writes every change to the file before the command is answered, as MongoDB does with its
 * journal: what a client was told is stored survives a kill of the process.
 */
class DurableH2Backend extends H2Backend {

    DurableH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        return answer;
    }
}
