/// The OpenAPI document of the API, served at `/api/v1/openapi.json`. Written by hand;
/// `OpenAPITests` holds it to the endpoints the server answers, both ways.
enum OpenAPIDocument {
    static let text = #"""
                {
                  "openapi": "3.1.0",
                  "info": {
                    "title": "Marshrut",
                    "version": "1",
                    "description": "Individual educational routes and mentoring programs of a school, a municipality or a region. JSON in and out, the same shapes as the command line's --json. Errors are {\"error\": \"message\"}."
                  },
                  "servers": [
                    {
                      "url": "/"
                    }
                  ],
                  "security": [
                    {
                      "bearer": []
                    }
                  ],
                  "paths": {
                    "/healthz": {
                      "get": {
                        "operationId": "health",
                        "summary": "200 when the store is reachable",
                        "responses": {
                          "200": {
                            "description": "the store answers",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Health"
                                }
                              }
                            }
                          }
                        },
                        "security": []
                      }
                    },
                    "/api/v1/openapi.json": {
                      "get": {
                        "operationId": "openapi",
                        "summary": "This document",
                        "responses": {
                          "200": {
                            "description": "the OpenAPI document",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object"
                                }
                              }
                            }
                          }
                        },
                        "security": []
                      }
                    },
                    "/api/v1/session": {
                      "post": {
                        "operationId": "signIn",
                        "summary": "Sign in: a session token for the Authorization header",
                        "responses": {
                          "201": {
                            "description": "signed in",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/SignedIn"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "413": {
                            "description": "body too large",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "429": {
                            "description": "too many failed sign-ins",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/SignIn"
                              }
                            }
                          }
                        },
                        "security": []
                      },
                      "delete": {
                        "operationId": "signOut",
                        "summary": "Sign out: the token stops working",
                        "responses": {
                          "204": {
                            "description": "signed out"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/whoami": {
                      "get": {
                        "operationId": "whoami",
                        "summary": "The signed-in account",
                        "responses": {
                          "200": {
                            "description": "the account",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/WhoAmI"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/password": {
                      "put": {
                        "operationId": "changePassword",
                        "summary": "Change the signed-in account's own password",
                        "responses": {
                          "204": {
                            "description": "changed"
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "413": {
                            "description": "body too large",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/PasswordChange"
                              }
                            }
                          }
                        }
                      }
                    },
                    "/api/v1/routes": {
                      "get": {
                        "operationId": "listRoutes",
                        "summary": "The routes the caller may read (route list --json)",
                        "responses": {
                          "200": {
                            "description": "routes",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Route"
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "stage",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "only routes at this step"
                          },
                          {
                            "name": "tutor",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "only routes this person accompanies"
                          },
                          {
                            "name": "overdue",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "true: only routes with overdue work"
                          }
                        ]
                      },
                      "post": {
                        "operationId": "openRoute",
                        "summary": "Open a route for a teacher at step 1 (route new): its tutor-to-be, or the council or head of the teacher's school",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/NewRoute"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "opened",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the teacher has a route over the period, or the tutor lacks the tutor role",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, person or activity, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}": {
                      "get": {
                        "operationId": "showRoute",
                        "summary": "One route with its reflections (route show --json)",
                        "responses": {
                          "200": {
                            "description": "the route",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      },
                      "delete": {
                        "operationId": "removeRoute",
                        "summary": "The route's tutor removes a route opened by mistake, still being planned (route drop --draft)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "204": {
                            "description": "removed"
                          },
                          "400": {
                            "description": "the route has gone past planning, or has corrections or reflections",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/history": {
                      "get": {
                        "operationId": "routeHistory",
                        "summary": "A route's corrections (route history --json)",
                        "responses": {
                          "200": {
                            "description": "corrections",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "type": "object"
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      }
                    },
                    "/api/v1/routes/{id}/image": {
                      "put": {
                        "operationId": "setSelfImage",
                        "summary": "The route's tutor records the teacher's self-image (route image)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Image"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "done",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/strengths": {
                      "post": {
                        "operationId": "addStrength",
                        "summary": "The route's tutor records a strength (route strength)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Strength"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "recorded",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/AddedStrength"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or part, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/strengths/{number}": {
                      "patch": {
                        "operationId": "amendStrength",
                        "summary": "The route's tutor changes strength number N (route strength --number)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "number",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "integer"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Strength"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the route after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or part, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      },
                      "delete": {
                        "operationId": "removeStrength",
                        "summary": "The route's tutor removes strength number N (route strength --remove)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "number",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "integer"
                            }
                          },
                          {
                            "name": "reason",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "why; required after step 4, kept as a correction"
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the route after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or part, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/deficits": {
                      "post": {
                        "operationId": "recordDeficit",
                        "summary": "The route's tutor records a deficit, or changes one given by id (route deficit)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Deficit"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "done",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Planned"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/deficits/{deficit}": {
                      "delete": {
                        "operationId": "removeDeficit",
                        "summary": "The route's tutor removes a deficit entered by mistake (route deficit --remove)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "deficit",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "reason",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "why; required after step 4, kept as a correction"
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the route after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or part, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/activities": {
                      "post": {
                        "operationId": "recordActivity",
                        "summary": "The route's tutor adds a roadmap activity, or changes one given by id (route activity)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Activity"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "done",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Planned"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/activities/{activity}": {
                      "delete": {
                        "operationId": "dropActivity",
                        "summary": "The route's tutor takes an activity off the roadmap (route drop)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "activity",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "reason",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "why; required after step 4, kept as a correction"
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the route after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or part, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/advance": {
                      "post": {
                        "operationId": "advanceRoute",
                        "summary": "The route's tutor moves it to its next step (or to a step), or back with a reason (route advance)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Advance"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "moved",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/StageMove"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, or a guard of the steps stops the move",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/activities/{activity}/corrections": {
                      "post": {
                        "operationId": "correctActivity",
                        "summary": "The route's tutor corrects a roadmap activity, kept with who, when, what and why (route correct)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "activity",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Correction"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the route after the correction",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/activities/{activity}/product": {
                      "post": {
                        "operationId": "recordProduct",
                        "summary": "The route's tutor records the product of a finished activity (route product)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "activity",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/RouteProduct"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the route after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Route"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the steps",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route, person or activity, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/reflections": {
                      "post": {
                        "operationId": "reflect",
                        "summary": "The route's teacher logs a reflection",
                        "responses": {
                          "201": {
                            "description": "logged",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/LoggedReflection"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "a guard or a conflict",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "413": {
                            "description": "body too large",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/NewReflection"
                              }
                            }
                          }
                        }
                      }
                    },
                    "/api/v1/routes/{id}/reflections/{number}": {
                      "put": {
                        "operationId": "reviseReflection",
                        "summary": "The route's teacher rewrites reflection number N, keeping the earlier wording (journal --edit)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "number",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "integer",
                              "minimum": 1
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Revision"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "rewritten",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Revised"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such route or reflection, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/persons": {
                      "get": {
                        "operationId": "listPersons",
                        "summary": "The persons the caller may read (person list --json)",
                        "responses": {
                          "200": {
                            "description": "persons",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Person"
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "role",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "mentor, mentee, tutor, curator or head"
                          }
                        ]
                      },
                      "post": {
                        "operationId": "addPerson",
                        "summary": "The council or head adds a person of their scope to the banks (person add); the person document's fields",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Person"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "added",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "a guard or a conflict",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/persons/{id}": {
                      "get": {
                        "operationId": "showPerson",
                        "summary": "One person's record",
                        "responses": {
                          "200": {
                            "description": "the person",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      },
                      "patch": {
                        "operationId": "editPerson",
                        "summary": "The council or head changes a person's record (person edit)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/PersonEdit"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the person after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the person's data was erased",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/persons/{id}/consents": {
                      "post": {
                        "operationId": "recordConsent",
                        "summary": "The council or head records a signed consent (person consent)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Consent"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "the person after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the consent is on record, or dated after today or after an erasure",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/erasures": {
                      "get": {
                        "operationId": "listErasures",
                        "summary": "The persons the caller may read whose personal data was erased, and when",
                        "responses": {
                          "200": {
                            "description": "erasures",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Erasure"
                                  }
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/names": {
                      "get": {
                        "operationId": "names",
                        "summary": "Display names of the persons on the routes and programs the caller may read",
                        "parameters": [
                          {
                            "name": "ids",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "person ids, separated by commas"
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "id to name, for the ids the caller may name",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "additionalProperties": {
                                    "type": "string"
                                  }
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs": {
                      "get": {
                        "operationId": "listPrograms",
                        "summary": "The programs the caller may read",
                        "responses": {
                          "200": {
                            "description": "programs",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Program"
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "status",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "draft, active, completed or cancelled"
                          }
                        ]
                      },
                      "post": {
                        "operationId": "createProgram",
                        "summary": "The council or head creates a draft program of persons in their scope (program new)",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/NewProgram"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "created",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Program"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the same program exists over the period",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the program",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program or person, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs/{id}": {
                      "get": {
                        "operationId": "showProgram",
                        "summary": "One mentoring program",
                        "responses": {
                          "200": {
                            "description": "the program",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Program"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      },
                      "delete": {
                        "operationId": "removeProgram",
                        "summary": "The council or head removes a draft program made by mistake (program drop)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "204": {
                            "description": "removed"
                          },
                          "400": {
                            "description": "a program that ran is cancelled instead",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      },
                      "patch": {
                        "operationId": "editProgram",
                        "summary": "Change a draft program's forms, directions, members, dates or deficits addressed (program edit)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "type": "object",
                                "properties": {
                                  "forms": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  },
                                  "directions": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  },
                                  "mentors": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  },
                                  "mentees": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  },
                                  "start": {
                                    "type": "string",
                                    "format": "date"
                                  },
                                  "end": {
                                    "type": "string",
                                    "format": "date"
                                  },
                                  "addresses": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  }
                                }
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the program after the change",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Program"
                                }
                              }
                            }
                          },
                          "400": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "$ref": "#/components/responses/Error"
                          },
                          "409": {
                            "$ref": "#/components/responses/Error"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs/{id}/status": {
                      "post": {
                        "operationId": "changeProgramStatus",
                        "summary": "The council or head moves a program to a state, or corrects a date (program status)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/ProgramStatusChange"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "moved",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/ProgramStatusMove"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the program",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program or person, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs/{id}/activities": {
                      "post": {
                        "operationId": "planProgramActivity",
                        "summary": "A mentor of the program plans an activity, or changes one (program activity)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/ProgramActivity"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the activity",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/ProgramActivity"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field, or a guard of the program",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program or person, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs/{id}/indicators": {
                      "post": {
                        "operationId": "recordIndicator",
                        "summary": "A mentor of the program records a monitoring indicator, or corrects one (program indicator)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Indicator"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the program after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Program"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program or activity, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/programs/{id}/activities/{activity}/product": {
                      "post": {
                        "operationId": "recordProgramProduct",
                        "summary": "A mentor records the product of a program activity: the activity is done (program product)",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "activity",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Product"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the program after it",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Program"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such program or activity, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/rules/check": {
                      "get": {
                        "operationId": "checkRules",
                        "summary": "Run the monitoring rules over the subjects of the caller's scope (rules check --json): curator, head, council, methodist or admin",
                        "responses": {
                          "200": {
                            "description": "findings and the scripts' errors",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "findings": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "404": {
                            "description": "no such organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the caller's roles cover organizations whose scripts differ: name one with org",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "org",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "run over this organization's scope with its scripts (and its ancestors'); without it, over the caller's whole scope"
                          }
                        ]
                      }
                    },
                    "/api/v1/incentives": {
                      "get": {
                        "operationId": "awardIncentives",
                        "summary": "Run the incentive criteria over the subjects of the caller's scope (incentives --json)",
                        "responses": {
                          "200": {
                            "description": "awards and the scripts' errors",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "awards": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "404": {
                            "description": "no such organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the caller's roles cover organizations whose scripts differ: name one with org",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "org",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "run over this organization's scope with its scripts (and its ancestors'); without it, over the caller's whole scope"
                          }
                        ]
                      }
                    },
                    "/api/v1/organizations": {
                      "get": {
                        "operationId": "listOrganizations",
                        "summary": "Regions, municipalities, schools and centres",
                        "responses": {
                          "200": {
                            "description": "organizations",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Organization"
                                  }
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      },
                      "post": {
                        "operationId": "saveOrganization",
                        "summary": "Add or change an organization (admin of its parent's scope)",
                        "responses": {
                          "201": {
                            "description": "saved",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Organization"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "413": {
                            "description": "body too large",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/Organization"
                              }
                            }
                          }
                        }
                      }
                    },
                    "/api/v1/accounts": {
                      "get": {
                        "operationId": "listAccounts",
                        "summary": "The accounts the caller administers",
                        "responses": {
                          "200": {
                            "description": "accounts",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Account"
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      },
                      "post": {
                        "operationId": "addAccount",
                        "summary": "An administrator creates an account for a person in scope (account add); without a password one is generated and answered once",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/NewAccount"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "created",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/CreatedAccount"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such account, person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "409": {
                            "description": "the login is taken, or the person has an account",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "/api/v1/accounts/{login}/roles": {
                      "post": {
                        "operationId": "grantRole",
                        "summary": "Grant ROLE@ORG (account role add)",
                        "parameters": [
                          {
                            "name": "login",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/RoleGrant"
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "the account",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Account"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such account, person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/accounts/{login}/roles/{role}": {
                      "delete": {
                        "operationId": "revokeRole",
                        "summary": "Take ROLE@ORG away (account role remove)",
                        "parameters": [
                          {
                            "name": "login",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          },
                          {
                            "name": "role",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the account",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Account"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such account, person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/accounts/{login}/disable": {
                      "post": {
                        "operationId": "disableAccount",
                        "summary": "Disable an account and end its sessions (account disable)",
                        "parameters": [
                          {
                            "name": "login",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the account",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Account"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "bad input, naming the field",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such account, person or organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/audit": {
                      "get": {
                        "operationId": "readAudit",
                        "summary": "The audit log of the accounts the caller administers",
                        "responses": {
                          "200": {
                            "description": "entries",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/AuditEntry"
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        },
                        "parameters": [
                          {
                            "name": "from",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "ISO 8601 time or date: entries from then on"
                          },
                          {
                            "name": "account",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "one login"
                          },
                          {
                            "name": "subject",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "one subject id"
                          }
                        ]
                      }
                    },
                    "/api/v1/report": {
                      "get": {
                        "operationId": "annualReport",
                        "summary": "The annual report of the caller's scope (report), rendered in one format",
                        "parameters": [
                          {
                            "name": "year",
                            "in": "query",
                            "description": "the year the school year begins (2025 for 2025/26); default: the current one",
                            "schema": {
                              "type": "integer"
                            }
                          },
                          {
                            "name": "today",
                            "in": "query",
                            "description": "the day the report is judged on (default: today; for a past year, its 31 August)",
                            "schema": {
                              "type": "string",
                              "format": "date"
                            }
                          },
                          {
                            "name": "format",
                            "in": "query",
                            "description": "html (default), md, json, or csv (one file per table)",
                            "schema": {
                              "type": "string",
                              "enum": [
                                "html",
                                "md",
                                "csv",
                                "json"
                              ]
                            }
                          },
                          {
                            "name": "org",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "only this organization's scope, with its scripts (and its ancestors'); without it, the caller's whole scope"
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the report's files and the scripts' errors",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "required": [
                                    "school_year",
                                    "day",
                                    "errors",
                                    "files"
                                  ],
                                  "properties": {
                                    "school_year": {
                                      "type": "integer"
                                    },
                                    "day": {
                                      "type": "string",
                                      "format": "date"
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "files": {
                                      "type": "array",
                                      "items": {
                                        "$ref": "#/components/schemas/NamedText"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "409": {
                            "description": "the caller's roles cover organizations whose scripts differ: name one with org",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "/api/v1/site": {
                      "get": {
                        "operationId": "schoolSite",
                        "summary": "The «Наставничество» pages of the school site over the caller's scope (site)",
                        "responses": {
                          "200": {
                            "description": "the pages and their style sheet, each with its path",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/NamedText"
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/rules/check/labelled": {
                      "get": {
                        "operationId": "checkRulesLabelled",
                        "summary": "The rule check of the caller's scope with what the terminal shows beside it (rules check in text): subjects checked, rules, day, labels",
                        "responses": {
                          "200": {
                            "description": "findings, errors, and the labels of their subjects",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "findings": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "subjects": {
                                      "type": "object",
                                      "additionalProperties": {
                                        "type": "integer"
                                      }
                                    },
                                    "monitors": {
                                      "type": "integer"
                                    },
                                    "day": {
                                      "type": "string",
                                      "format": "date"
                                    },
                                    "labels": {
                                      "type": "array",
                                      "items": {
                                        "$ref": "#/components/schemas/Label"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "404": {
                            "description": "no such organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the caller's roles cover organizations whose scripts differ: name one with org",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "org",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "run over this organization's scope with its scripts (and its ancestors'); without it, over the caller's whole scope"
                          }
                        ]
                      }
                    },
                    "/api/v1/incentives/labelled": {
                      "get": {
                        "operationId": "awardIncentivesLabelled",
                        "summary": "The incentives of the caller's scope with the criteria and the labels of the subjects (incentives in text)",
                        "responses": {
                          "200": {
                            "description": "awards, errors, criteria and labels",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "awards": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "incentives": {
                                      "type": "array",
                                      "items": {
                                        "type": "object",
                                        "properties": {
                                          "id": {
                                            "type": "string"
                                          },
                                          "title": {
                                            "type": "string"
                                          },
                                          "kind": {
                                            "type": "string"
                                          }
                                        }
                                      }
                                    },
                                    "labels": {
                                      "type": "array",
                                      "items": {
                                        "$ref": "#/components/schemas/Label"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "404": {
                            "description": "no such organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "description": "the caller's roles cover organizations whose scripts differ: name one with org",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "org",
                            "in": "query",
                            "required": false,
                            "schema": {
                              "type": "string"
                            },
                            "description": "run over this organization's scope with its scripts (and its ancestors'); without it, over the caller's whole scope"
                          }
                        ]
                      }
                    },
                    "/api/v1/match": {
                      "get": {
                        "operationId": "proposeMatch",
                        "summary": "Propose mentor–mentee pairs for the mentees of the caller's scope who wait (match)",
                        "responses": {
                          "200": {
                            "description": "the proposal, the names it needs, the scripts' errors, and the signature to apply it by",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "proposals": {
                                      "type": "array",
                                      "items": {
                                        "type": "object",
                                        "properties": {
                                          "mentor": {
                                            "type": "string"
                                          },
                                          "mentees": {
                                            "type": "array",
                                            "items": {
                                              "type": "string"
                                            }
                                          },
                                          "score": {
                                            "type": "number"
                                          },
                                          "reasons": {
                                            "type": "array",
                                            "items": {
                                              "type": "string"
                                            }
                                          }
                                        }
                                      }
                                    },
                                    "unmatched": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "total": {
                                      "type": "number"
                                    },
                                    "waiting": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "names": {
                                      "type": "object",
                                      "additionalProperties": {
                                        "type": "string"
                                      }
                                    },
                                    "errors": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "signature": {
                                      "type": "string"
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/match/apply": {
                      "post": {
                        "operationId": "applyMatch",
                        "summary": "Draft the programs of the proposal whose signature was shown (match --apply); 409 if it changed since",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "type": "object",
                                "required": [
                                  "signature",
                                  "months"
                                ],
                                "properties": {
                                  "signature": {
                                    "type": "string"
                                  },
                                  "start": {
                                    "type": "string",
                                    "format": "date"
                                  },
                                  "months": {
                                    "type": "integer",
                                    "minimum": 3,
                                    "maximum": 12
                                  }
                                }
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "the draft programs",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Program"
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "409": {
                            "$ref": "#/components/responses/Error"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/roadmap": {
                      "get": {
                        "operationId": "roadMap",
                        "summary": "The road map of the caller's scope, each stage done, due or overdue (plan)",
                        "parameters": [
                          {
                            "name": "today",
                            "in": "query",
                            "description": "the day to judge by (default: today)",
                            "schema": {
                              "type": "string",
                              "format": "date"
                            }
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the plans, their stages' rows, the day, and the names of the responsible",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "plans": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "rows": {
                                      "type": "array",
                                      "items": {
                                        "type": "object"
                                      }
                                    },
                                    "day": {
                                      "type": "string",
                                      "format": "date"
                                    },
                                    "names": {
                                      "type": "object",
                                      "additionalProperties": {
                                        "type": "string"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "$ref": "#/components/responses/Error"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/persons/{id}/forget": {
                      "post": {
                        "operationId": "forgetPerson",
                        "summary": "Erase a person's personal data after the consent was withdrawn (person forget); for a person erased before, finish the clean-up",
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the erasure",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "number": {
                                      "type": "integer"
                                    },
                                    "person": {
                                      "type": "string"
                                    },
                                    "date": {
                                      "type": "string",
                                      "format": "date"
                                    },
                                    "texts": {
                                      "type": "integer"
                                    },
                                    "was_already_erased": {
                                      "type": "boolean"
                                    },
                                    "routes": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "$ref": "#/components/responses/Error"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/documents": {
                      "get": {
                        "operationId": "exportDocuments",
                        "summary": "The documents of the organizations the caller administers (export), one per subject with its file name",
                        "parameters": [
                          {
                            "name": "ids",
                            "in": "query",
                            "description": "comma-separated ids of the subjects to export; default: all in scope",
                            "schema": {
                              "type": "string"
                            }
                          }
                        ],
                        "responses": {
                          "200": {
                            "description": "the documents and the ids that matched nothing in scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "documents": {
                                      "type": "array",
                                      "items": {
                                        "$ref": "#/components/schemas/NamedText"
                                      }
                                    },
                                    "missing": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      },
                      "post": {
                        "operationId": "importDocuments",
                        "summary": "Import documents all or nothing into the organizations the caller administers (import); a subject placed or stored elsewhere reads as absent",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "type": "object",
                                "required": [
                                  "documents"
                                ],
                                "properties": {
                                  "documents": {
                                    "type": "array",
                                    "items": {
                                      "$ref": "#/components/schemas/NamedText"
                                    }
                                  },
                                  "reason": {
                                    "type": "string"
                                  },
                                  "dry_run": {
                                    "type": "boolean"
                                  }
                                }
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "what was imported",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "persons": {
                                      "type": "integer"
                                    },
                                    "routes": {
                                      "type": "integer"
                                    },
                                    "programs": {
                                      "type": "integer"
                                    },
                                    "plans": {
                                      "type": "integer"
                                    },
                                    "organizations": {
                                      "type": "integer"
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "200": {
                            "description": "a dry run: what would be imported",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "persons": {
                                      "type": "integer"
                                    },
                                    "routes": {
                                      "type": "integer"
                                    },
                                    "programs": {
                                      "type": "integer"
                                    },
                                    "plans": {
                                      "type": "integer"
                                    },
                                    "organizations": {
                                      "type": "integer"
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "the documents' problems, each with file:line",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "$ref": "#/components/responses/Error"
                          },
                          "409": {
                            "$ref": "#/components/responses/Error"
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    },
                    "/api/v1/organizations/{id}/scripts": {
                      "get": {
                        "operationId": "pulledScripts",
                        "summary": "The rule scripts this organization pushed (rules pull): curator, head, council, methodist or admin in scope",
                        "responses": {
                          "200": {
                            "description": "the organization's own scripts, in name order",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "required": [
                                    "scripts"
                                  ],
                                  "properties": {
                                    "scripts": {
                                      "type": "array",
                                      "items": {
                                        "type": "object",
                                        "required": [
                                          "name",
                                          "text"
                                        ],
                                        "properties": {
                                          "name": {
                                            "type": "string",
                                            "description": "a relative path ending in .lua: routes.lua, awards/olympiads.lua"
                                          },
                                          "text": {
                                            "type": "string"
                                          }
                                        }
                                      }
                                    },
                                    "clear": {
                                      "type": "boolean",
                                      "description": "with no scripts: remove the organization's scripts"
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      },
                      "put": {
                        "operationId": "pushScripts",
                        "summary": "Replace this organization's rule scripts (rules push): curator in scope. Refused, with nothing stored, when a script does not load beside its ancestors' scripts",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "type": "object",
                                "required": [
                                  "scripts"
                                ],
                                "properties": {
                                  "scripts": {
                                    "type": "array",
                                    "items": {
                                      "type": "object",
                                      "required": [
                                        "name",
                                        "text"
                                      ],
                                      "properties": {
                                        "name": {
                                          "type": "string",
                                          "description": "a relative path ending in .lua: routes.lua, awards/olympiads.lua"
                                        },
                                        "text": {
                                          "type": "string"
                                        }
                                      }
                                    }
                                  },
                                  "clear": {
                                    "type": "boolean",
                                    "description": "with no scripts: remove the organization's scripts"
                                  }
                                }
                              }
                            }
                          }
                        },
                        "responses": {
                          "200": {
                            "description": "what changed, by name",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "type": "object",
                                  "properties": {
                                    "added": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "changed": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "unchanged": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "removed": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "a bad name, too many or too large scripts, or scripts that do not load (each file:line named)",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such subject, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "413": {
                            "description": "the request body is too large",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          }
                        },
                        "parameters": [
                          {
                            "name": "id",
                            "in": "path",
                            "required": true,
                            "schema": {
                              "type": "string"
                            }
                          }
                        ]
                      }
                    },
                    "/api/v1/persons/import": {
                      "post": {
                        "operationId": "importStaff",
                        "summary": "Imports a staff list the client read from a .csv or .xlsx file (person import), all or nothing: rows with a stored id update that person, others add persons (staff-N ids)",
                        "requestBody": {
                          "required": true,
                          "content": {
                            "application/json": {
                              "schema": {
                                "$ref": "#/components/schemas/StaffImportBody"
                              }
                            }
                          }
                        },
                        "responses": {
                          "201": {
                            "description": "imported",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/StaffImportResult"
                                }
                              }
                            }
                          },
                          "200": {
                            "description": "checked with dry_run: nothing stored",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/StaffImportResult"
                                }
                              }
                            }
                          },
                          "400": {
                            "description": "a bad row or column, naming the file, the row and the column; nothing is stored",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "403": {
                            "description": "not allowed; the message names the role needed",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "404": {
                            "description": "no such organization, or outside the caller's scope",
                            "content": {
                              "application/json": {
                                "schema": {
                                  "$ref": "#/components/schemas/Error"
                                }
                              }
                            }
                          },
                          "401": {
                            "$ref": "#/components/responses/Error"
                          }
                        }
                      }
                    }
                  },
                  "components": {
                    "securitySchemes": {
                      "bearer": {
                        "type": "http",
                        "scheme": "bearer",
                        "description": "The token from POST /api/v1/session"
                      }
                    },
                    "responses": {
                      "Error": {
                        "description": "not signed in, or the session expired",
                        "content": {
                          "application/json": {
                            "schema": {
                              "$ref": "#/components/schemas/Error"
                            }
                          }
                        }
                      }
                    },
                    "schemas": {
                      "Error": {
                        "type": "object",
                        "required": [
                          "error"
                        ],
                        "properties": {
                          "error": {
                            "type": "string"
                          }
                        }
                      },
                      "Health": {
                        "type": "object",
                        "properties": {
                          "status": {
                            "type": "string"
                          },
                          "migrations": {
                            "type": "integer"
                          }
                        }
                      },
                      "SignIn": {
                        "type": "object",
                        "required": [
                          "login",
                          "password"
                        ],
                        "properties": {
                          "login": {
                            "type": "string"
                          },
                          "password": {
                            "type": "string"
                          }
                        }
                      },
                      "SignedIn": {
                        "type": "object",
                        "properties": {
                          "token": {
                            "type": "string"
                          },
                          "login": {
                            "type": "string"
                          },
                          "person": {
                            "type": "string"
                          },
                          "expires": {
                            "type": "string"
                          },
                          "must_change_password": {
                            "type": "boolean"
                          }
                        }
                      },
                      "PasswordChange": {
                        "type": "object",
                        "required": [
                          "current",
                          "new"
                        ],
                        "properties": {
                          "current": {
                            "type": "string"
                          },
                          "new": {
                            "type": "string",
                            "minLength": 10
                          }
                        }
                      },
                      "WhoAmI": {
                        "type": "object",
                        "properties": {
                          "login": {
                            "type": "string"
                          },
                          "person": {
                            "type": "string"
                          },
                          "name": {
                            "type": "string"
                          },
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "must_change_password": {
                            "type": "boolean"
                          }
                        }
                      },
                      "NewReflection": {
                        "type": "object",
                        "required": [
                          "score",
                          "text"
                        ],
                        "properties": {
                          "activity": {
                            "type": "string"
                          },
                          "deficit": {
                            "type": "string"
                          },
                          "image": {
                            "type": "boolean",
                            "description": "true: the reflection is on the route's self-image (step 7); give exactly one of activity, deficit and image"
                          },
                          "score": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 5
                          },
                          "text": {
                            "type": "string"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          },
                          "final": {
                            "type": "boolean"
                          },
                          "tags": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "LoggedReflection": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "reflection": {
                            "type": "object"
                          }
                        }
                      },
                      "Route": {
                        "type": "object",
                        "description": "A route as in its document (DESIGN.md), snake_case keys",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "teacher": {
                            "type": "string"
                          },
                          "tutor": {
                            "type": "string"
                          },
                          "stage": {
                            "type": "string"
                          }
                        }
                      },
                      "Person": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "name": {
                            "type": "string"
                          },
                          "organization": {
                            "type": "string"
                          },
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "birth_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day of birth (staff data, optional)."
                          },
                          "hire_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day the person was hired at this school."
                          },
                          "experience_since": {
                            "type": "string",
                            "format": "date",
                            "description": "The day teaching experience counts from."
                          },
                          "category": {
                            "type": "string",
                            "enum": [
                              "none",
                              "first",
                              "highest",
                              "teacher-methodist",
                              "teacher-mentor"
                            ],
                            "description": "The qualification category."
                          },
                          "category_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day the category was awarded."
                          }
                        }
                      },
                      "Program": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "status": {
                            "type": "string"
                          },
                          "mentors": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "mentees": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "Organization": {
                        "type": "object",
                        "required": [
                          "id",
                          "name",
                          "type"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "name": {
                            "type": "string"
                          },
                          "type": {
                            "type": "string",
                            "enum": [
                              "region",
                              "municipality",
                              "school",
                              "centre"
                            ]
                          },
                          "parent": {
                            "type": "string"
                          }
                        }
                      },
                      "Account": {
                        "type": "object",
                        "properties": {
                          "login": {
                            "type": "string"
                          },
                          "person": {
                            "type": "string"
                          },
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "disabled": {
                            "type": "boolean"
                          },
                          "must_change_password": {
                            "type": "boolean"
                          }
                        }
                      },
                      "AuditEntry": {
                        "type": "object",
                        "properties": {
                          "seq": {
                            "type": "integer"
                          },
                          "at": {
                            "type": "string"
                          },
                          "login": {
                            "type": "string"
                          },
                          "action": {
                            "type": "string"
                          },
                          "subject": {
                            "type": "string"
                          },
                          "outcome": {
                            "type": "string"
                          }
                        }
                      },
                      "Revision": {
                        "type": "object",
                        "required": [
                          "text"
                        ],
                        "properties": {
                          "text": {
                            "type": "string"
                          },
                          "score": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 5
                          }
                        }
                      },
                      "Revised": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "versions": {
                            "type": "integer"
                          }
                        }
                      },
                      "Advance": {
                        "type": "object",
                        "properties": {
                          "to": {
                            "type": "string"
                          },
                          "back": {
                            "type": "boolean"
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "StageMove": {
                        "type": "object",
                        "properties": {
                          "route": {
                            "type": "string"
                          },
                          "from": {
                            "type": "string"
                          },
                          "to": {
                            "type": "string"
                          }
                        }
                      },
                      "Correction": {
                        "type": "object",
                        "required": [
                          "reason"
                        ],
                        "properties": {
                          "title": {
                            "type": "string"
                          },
                          "hours": {
                            "type": "integer"
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "due": {
                            "type": "string",
                            "format": "date"
                          },
                          "addresses": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "Image": {
                        "type": "object",
                        "required": [
                          "text"
                        ],
                        "properties": {
                          "text": {
                            "type": "string"
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "Deficit": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "area": {
                            "type": "string"
                          },
                          "level": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 5
                          },
                          "text": {
                            "type": "string"
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "Activity": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "kind": {
                            "type": "string",
                            "enum": [
                              "course",
                              "trial",
                              "project",
                              "research",
                              "measure"
                            ]
                          },
                          "title": {
                            "type": "string"
                          },
                          "hours": {
                            "type": "integer"
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "due": {
                            "type": "string",
                            "format": "date"
                          },
                          "addresses": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "Planned": {
                        "type": "object",
                        "properties": {
                          "added": {
                            "type": "string"
                          },
                          "changed": {
                            "type": "string"
                          },
                          "route": {
                            "$ref": "#/components/schemas/Route"
                          }
                        }
                      },
                      "NewAccount": {
                        "type": "object",
                        "required": [
                          "login",
                          "person"
                        ],
                        "properties": {
                          "login": {
                            "type": "string"
                          },
                          "person": {
                            "type": "string"
                          },
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "password": {
                            "type": "string",
                            "minLength": 10
                          }
                        }
                      },
                      "CreatedAccount": {
                        "type": "object",
                        "properties": {
                          "account": {
                            "$ref": "#/components/schemas/Account"
                          },
                          "generated_password": {
                            "type": "string"
                          }
                        }
                      },
                      "RoleGrant": {
                        "type": "object",
                        "required": [
                          "role"
                        ],
                        "properties": {
                          "role": {
                            "type": "string",
                            "description": "ROLE@ORG"
                          }
                        }
                      },
                      "Indicator": {
                        "type": "object",
                        "required": [
                          "name",
                          "value"
                        ],
                        "properties": {
                          "name": {
                            "type": "string"
                          },
                          "value": {
                            "type": "number"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          },
                          "correct": {
                            "type": "boolean"
                          }
                        }
                      },
                      "Product": {
                        "type": "object",
                        "required": [
                          "kind",
                          "title",
                          "date"
                        ],
                        "properties": {
                          "kind": {
                            "type": "string"
                          },
                          "title": {
                            "type": "string"
                          },
                          "attitude": {
                            "type": "string"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          },
                          "reference": {
                            "type": "string"
                          }
                        }
                      },
                      "Erasure": {
                        "type": "object",
                        "properties": {
                          "person": {
                            "type": "string"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "NewRoute": {
                        "type": "object",
                        "required": [
                          "id",
                          "teacher"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "teacher": {
                            "type": "string"
                          },
                          "tutor": {
                            "type": "string"
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "end": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "RouteProduct": {
                        "type": "object",
                        "required": [
                          "product"
                        ],
                        "properties": {
                          "product": {
                            "$ref": "#/components/schemas/Product"
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "PersonEdit": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string"
                          },
                          "school": {
                            "type": "string"
                          },
                          "organization": {
                            "type": "string"
                          },
                          "position": {
                            "type": "string"
                          },
                          "subject": {
                            "type": "string"
                          },
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "capacity": {
                            "type": "integer"
                          },
                          "birth_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day of birth (staff data, optional)."
                          },
                          "hire_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day the person was hired at this school."
                          },
                          "experience_since": {
                            "type": "string",
                            "format": "date",
                            "description": "The day teaching experience counts from."
                          },
                          "category": {
                            "type": "string",
                            "enum": [
                              "none",
                              "first",
                              "highest",
                              "teacher-methodist",
                              "teacher-mentor"
                            ],
                            "description": "The qualification category."
                          },
                          "category_date": {
                            "type": "string",
                            "format": "date",
                            "description": "The day the category was awarded."
                          }
                        }
                      },
                      "Consent": {
                        "type": "object",
                        "required": [
                          "kind",
                          "date"
                        ],
                        "properties": {
                          "kind": {
                            "type": "string",
                            "enum": [
                              "personal-data",
                              "duties"
                            ]
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "NewProgram": {
                        "type": "object",
                        "required": [
                          "forms",
                          "mentors",
                          "mentees",
                          "end"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "forms": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "directions": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "mentors": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "mentees": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "end": {
                            "type": "string",
                            "format": "date"
                          },
                          "addresses": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "ProgramStatusChange": {
                        "type": "object",
                        "required": [
                          "status",
                          "reason"
                        ],
                        "properties": {
                          "status": {
                            "type": "string",
                            "enum": [
                              "draft",
                              "active",
                              "completed",
                              "cancelled"
                            ]
                          },
                          "reason": {
                            "type": "string"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          },
                          "fix_date": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "ProgramStatusMove": {
                        "type": "object",
                        "properties": {
                          "program": {
                            "type": "string"
                          },
                          "from": {
                            "type": "string"
                          },
                          "to": {
                            "type": "string"
                          },
                          "date": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "ProgramActivity": {
                        "type": "object",
                        "required": [
                          "kind",
                          "title",
                          "due"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "kind": {
                            "type": "string"
                          },
                          "title": {
                            "type": "string"
                          },
                          "hours": {
                            "type": "integer"
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "due": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "Strength": {
                        "type": "object",
                        "properties": {
                          "area": {
                            "type": "string"
                          },
                          "text": {
                            "type": "string"
                          },
                          "reason": {
                            "type": "string"
                          }
                        }
                      },
                      "AddedStrength": {
                        "type": "object",
                        "properties": {
                          "number": {
                            "type": "integer"
                          }
                        }
                      },
                      "NamedText": {
                        "type": "object",
                        "required": [
                          "name",
                          "text"
                        ],
                        "properties": {
                          "name": {
                            "type": "string"
                          },
                          "text": {
                            "type": "string"
                          }
                        }
                      },
                      "Label": {
                        "type": "object",
                        "required": [
                          "subject"
                        ],
                        "properties": {
                          "subject": {
                            "type": "string",
                            "description": "KIND:ID"
                          },
                          "name": {
                            "type": "string"
                          },
                          "status": {
                            "type": "string"
                          },
                          "start": {
                            "type": "string",
                            "format": "date"
                          },
                          "end": {
                            "type": "string",
                            "format": "date"
                          }
                        }
                      },
                      "StaffImportBody": {
                        "type": "object",
                        "properties": {
                          "file": {
                            "type": "string",
                            "description": "the file's name, for messages"
                          },
                          "table": {
                            "type": "object",
                            "properties": {
                              "columns": {
                                "type": "array",
                                "items": {
                                  "type": "string"
                                }
                              },
                              "rows": {
                                "type": "array",
                                "items": {
                                  "type": "object",
                                  "properties": {
                                    "number": {
                                      "type": "integer",
                                      "description": "the row's number in the file"
                                    },
                                    "id": {
                                      "type": "string"
                                    },
                                    "name": {
                                      "type": "string"
                                    },
                                    "position": {
                                      "type": "string"
                                    },
                                    "subject": {
                                      "type": "string"
                                    },
                                    "roles": {
                                      "type": "array",
                                      "items": {
                                        "type": "string"
                                      }
                                    },
                                    "staff": {
                                      "type": "object",
                                      "description": "birth_date, hire_date, experience_since, category, category_date"
                                    }
                                  },
                                  "required": [
                                    "number",
                                    "name"
                                  ]
                                }
                              }
                            },
                            "required": [
                              "columns",
                              "rows"
                            ]
                          },
                          "organization": {
                            "type": "string"
                          },
                          "dry_run": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "file",
                          "table"
                        ]
                      },
                      "StaffImportResult": {
                        "type": "object",
                        "properties": {
                          "added": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "row": {
                                  "type": "integer"
                                },
                                "person": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "updated": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "row": {
                                  "type": "integer"
                                },
                                "person": {
                                  "$ref": "#/components/schemas/Person"
                                }
                              }
                            }
                          },
                          "possible_duplicates": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "row": {
                                  "type": "integer"
                                },
                                "name": {
                                  "type": "string"
                                },
                                "existing": {
                                  "type": "string"
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
        """#
}
