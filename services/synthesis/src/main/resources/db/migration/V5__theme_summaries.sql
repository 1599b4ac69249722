-- A one-paragraph summary of a theme, written by a language model when one is configured, and the
-- theme's size when it was written (it is written again once the theme has grown by a fifth).
alter table themes add column summary text;
alter table themes add column summary_size integer;
