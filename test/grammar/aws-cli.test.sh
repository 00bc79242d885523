# SYNTAX TEST "source.shell" "aws commands, services, operations and flags in shell scripts"

aws rds create-db-instance --db-instance-identifier prod-db --engine postgres \
# <--- support.function.aws-cli
#   ^^^ entity.name.namespace.service.aws-cli
#       ^^^^^^^^^^^^^^^^^^ entity.name.function.operation.aws-cli
#                          ^^^^^^^^^^^^^^^^^^^^^^^^ variable.parameter.option.aws-cli
#                          ^^ punctuation.definition.option.aws-cli
#                                                   ^^^^^^^ meta.command.aws-cli - variable.parameter.option.aws-cli
#                                                                             ^ constant.character.escape.line-continuation.aws-cli
  --master-user-password "$DB_PASSWORD" --region us-east-1 \
# ^^^^^^^^^^^^^^^^^^^^^^ variable.parameter.option.aws-cli
#                        ^^^^^^^^^^^^^^ meta.command.aws-cli string.quoted.double.shell
#                          ^^^^^^^^^^^ variable.other.normal.shell
#                                       ^^^^^^^^ variable.parameter.option.global.aws-cli
  --tags Key=env,Value=prod --vpc-security-group-ids sg-0123 sg-4567
#        ^^^ variable.other.property.shorthand.aws-cli
#           ^ keyword.operator.assignment.aws-cli
#                ^^^^^ variable.other.property.shorthand.aws-cli
#                           ^^^^^^^^^^^^^^^^^^^^^^^^ variable.parameter.option.aws-cli

# after the command ends, the shell takes over again
echo done
# <---- - meta.command.aws-cli

ID=$(aws dynamodb describe-table --table-name Orders --query 'Table.TableArn' --output text)
#    ^^^ support.function.aws-cli
#        ^^^^^^^^ entity.name.namespace.service.aws-cli
#                 ^^^^^^^^^^^^^^ entity.name.function.operation.aws-cli
#                                                    ^^^^^^^ variable.parameter.option.global.aws-cli
#                                                            ^^^^^^^^^^^^^^^^ string.quoted.single.shell
#                                                                                          ^ - meta.command.aws-cli

aws dynamodb put-item --table-name Orders --item file://item.json > out.json && aws s3 ls
#                                                ^^^^^^^ keyword.other.file-prefix.aws-cli
#                                                       ^^^^^^^^^ string.unquoted.path.aws-cli
#                                                                 ^ - meta.command.aws-cli
#                                                                               ^^^ support.function.aws-cli
#                                                                                   ^^ entity.name.namespace.service.aws-cli
#                                                                                      ^^ entity.name.function.operation.aws-cli

aws elasticache create-replication-group --auth-token "$TOKEN" | tee log.txt
#                                                              ^ - meta.command.aws-cli
#                                                                ^^^ - support.function.aws-cli

aws --region eu-west-1 rds describe-db-clusters
# <--- support.function.aws-cli
#   ^^^^^^^^ variable.parameter.option.global.aws-cli

aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:us-east-1:123456789012:secret:db # note
#                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.arn.aws-cli
#                                                                                                       ^^^^^^ comment.line.number-sign.shell

if aws rds wait db-instance-available --db-instance-identifier prod-db; then
#  ^^^ support.function.aws-cli
#      ^^^ entity.name.namespace.service.aws-cli
#          ^^^^ entity.name.function.operation.aws-cli
#                                                                       ^^^^ - meta.command.aws-cli
  echo ready
fi

AWS_PAGER="" time aws rds describe-db-clusters --db-cluster-identifier c1
#                 ^^^ support.function.aws-cli
#                         ^^^^^^^^^^^^^^^^^^^^ entity.name.function.operation.aws-cli

cat <<EOF
aws rds describe-db-instances
# <--- - support.function.aws-cli
EOF

# not a command: inside quotes, in a comment, as an echo argument, or a longer word
echo "aws rds describe-db-instances"
#     ^^^ - support.function.aws-cli
echo aws rds describe-db-instances
#    ^^^ - support.function.aws-cli
aws-vault exec prod -- true
# <--- - support.function.aws-cli
# aws rds delete-db-instance --db-instance-identifier x
# ^^^ - support.function.aws-cli
