/** Every string the interface shows or speaks: the first frame's and the panels'. */
import type { CoreMessages } from './en';
import type { PanelMessages } from './enPanels';

export type Messages = CoreMessages & PanelMessages;
