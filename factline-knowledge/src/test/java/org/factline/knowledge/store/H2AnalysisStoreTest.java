package org.factline.knowledge.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The analysis contract on an embedded H2 database in a data folder. */
class H2AnalysisStoreTest extends AnalysisStoreContract {

    @TempDir
    Path temp;

    @Override
    StoreConfig newStore() {
        return StoreConfig.inDataDir(temp.resolve("data"));
    }
}
