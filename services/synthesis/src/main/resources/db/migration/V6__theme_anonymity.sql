-- Authors as the anonymity rule (org.convene.contracts.Anonymity) reads them: a person's id, or
-- a pseudonym "cohort#..." of someone anonymous. Survey answers used to come under one-off
-- pseudonyms that cannot be told apart across rounds, and statements under one id each: both
-- now count as one person at most, as they may all be one.
update theme_texts set author_id = 'survey-responses#anyone' where author_id like 'survey-response-%';
update theme_texts set author_id = 'statements#anyone' where author_id like 'statement:%';

-- Whether any of a theme's texts is anonymous: such a theme shows nothing below 5 people.
alter table themes add column anonymous boolean not null default false;
update themes t set anonymous = exists (select 1 from theme_texts x where x.theme_id = t.id and strpos(x.author_id, '#') > 0);

-- People again, by the rule: the largest cohort's distinct authors.
update themes t set people = coalesce((select max(n) from (
    select count(distinct x.author_id) n from theme_texts x where x.theme_id = t.id
    group by case when strpos(x.author_id, '#') > 0 then split_part(x.author_id, '#', 1) else '' end) c), 0);
