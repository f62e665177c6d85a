create sequence greeting_seq start with 1 increment by 50;
create table greeting (id bigint primary key, text varchar(200));
insert into greeting (id, text) values (1, 'hello');
