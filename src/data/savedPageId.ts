/** The id of a saved page's data block: `<script type="application/json" id="…">`. */
export const SAVED_DATA_ID = 'frontera-saved-data';
