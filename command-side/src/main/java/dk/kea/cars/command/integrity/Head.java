package dk.kea.cars.command.integrity;

/** The newest event of an aggregate's chain: its sequence and hash. */
record Head(long sequence, String hash) {
}
